/// What the batch keeps of one article once its analysis is dropped: the score, the
/// counts and (for `check`) the unattributed claims. Memory per article is
/// bounded by its own claims, never by the whole analysis.
package struct ArticleSummary: Sendable {
    package let path: String
    package let bytes: Int
    /// The article's `SourcingScore`, the same figure `audit` shows.
    package let sourcing: SourcingScore
    package let counts: TagCounts
    package let claims: [Claim]
    /// Why the article was left unscored (not English), nil when it was analysed.
    package let unscored: String?

    package init(
        path: String, bytes: Int, score: SourcingScore, counts: TagCounts, claims: [Claim], unscored: String? = nil
    ) {
        self.unscored = unscored
        self.path = path
        self.bytes = bytes
        sourcing = score
        self.counts = counts
        self.claims = claims
    }

    /// Summarises `analysis` scored with `weights`; claims are collected only when `claims` is true.
    package init(_ analysis: DocumentAnalysis, weights: ScoreWeights, claims: Bool, suppressions: [Suppression] = []) {
        let document = analysis.document
        self.init(
            path: document.path, bytes: document.original.count, score: SourcingScore(analysis, weights: weights),
            counts: analysis.counts,
            claims: claims ? Claim.collect(analysis, tags: [.unattributed], suppressions: suppressions) : [],
            unscored: analysis.unscored)
    }

    /// The score as shown (one decimal), nil when the article has no body sentences.
    package var score: Double? { sourcing.value }

    /// Body sentences tagged by the engine.
    package var sentences: Int { Tag.allCases.reduce(0) { $0 + counts[$1] } }

    /// Share of body sentences that are unattributed (0…1), nil without body sentences.
    package var unattributedShare: Double? {
        sentences == 0 ? nil : Double(counts[.unattributed]) / Double(sentences)
    }
}
