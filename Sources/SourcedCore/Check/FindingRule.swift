/// The checks `sourced check` reports, with their user documentation (SARIF rules, help).
package enum FindingRule: String, CaseIterable, Sendable {
    case minScore = "sourced/min-score"
    case maxUnattributedShare = "sourced/max-unattributed-share"
    case minMeanScore = "sourced/min-mean-score"
    case unattributedClaim = "sourced/unattributed-claim"
    case notChecked = "sourced/not-checked"

    /// PascalCase name, as SARIF viewers show it.
    package var name: String {
        switch self {
        case .minScore: return "ArticleBelowMinimumScore"
        case .maxUnattributedShare: return "ArticleAboveMaximumUnattributedShare"
        case .minMeanScore: return "CorpusBelowMinimumMeanScore"
        case .unattributedClaim: return "UnattributedClaim"
        case .notChecked: return "ArticleNotChecked"
        }
    }

    package var shortDescription: String {
        switch self {
        case .minScore: return "Article sourcing score below the minimum"
        case .maxUnattributedShare: return "Too many unattributed sentences in an article"
        case .minMeanScore: return "Mean sourcing score of the corpus below the minimum"
        case .unattributedClaim: return "Claim without a source"
        case .notChecked: return "Article not checked"
        }
    }

    package var fullDescription: String {
        switch self {
        case .minScore:
            return "The article's sourcing score (0-100, from its body sentences) is below --min-score or thresholds.min-score."
        case .maxUnattributedShare:
            return "The share of body sentences tagged unattributed is above --max-unattributed-share or thresholds.max-unattributed-share."
        case .minMeanScore:
            return "The mean score of all checked articles is below --min-mean-score or thresholds.min-mean-score."
        case .unattributedClaim:
            return "A body sentence states a claim without naming who said, wrote or showed it."
        case .notChecked:
            return "The article was not analysed (it is not in English, the language of the rules): no threshold was applied to it."
        }
    }

    package var help: String {
        switch self {
        case .minScore, .maxUnattributedShare, .minMeanScore:
            return
                "Attribute more claims to specific sources (named people, organisations, documents), or lower the threshold for this "
                + "kind of article with a per-glob override in .sourced.yml."
        case .unattributedClaim:
            return
                "Say who made the claim (\"X said\", \"according to Y\"), or silence the paragraph with <!-- sourced-ignore-next: "
                + "reason -->."
        case .notChecked:
            return "Check its sourcing by other means, or leave it out of the checked files with an exclude glob in .sourced.yml."
        }
    }

    /// Threshold failures fail the check; claims and unchecked articles are warnings that never
    /// change the exit code.
    package var level: FindingLevel { self == .unattributedClaim || self == .notChecked ? .warning : .error }
}

/// Severity of a finding, named as in SARIF.
package enum FindingLevel: String, Sendable, Comparable {
    case error, warning, note

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    package static func < (lhs: FindingLevel, rhs: FindingLevel) -> Bool { lhs.rank < rhs.rank }
}
