/// What the batch keeps of one article once its analysis is dropped: the score, the
/// counts and (for `check`) the located unattributed claims. Memory per article is
/// bounded by its own claims, never by the whole analysis.
package struct ArticleSummary: Sendable {
    package let path: String
    package let bytes: Int
    /// The article's `SourcingScore`, the same figure `audit` shows.
    package let sourcing: SourcingScore
    package let counts: TagCounts
    package let claims: [LocatedClaim]
    /// Why the article was left unscored (not English), nil when it was analysed.
    package let unscored: String?

    package init(
        path: String, bytes: Int, score: SourcingScore, counts: TagCounts, claims: [LocatedClaim], unscored: String? = nil
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
            claims: claims ? Self.claims(of: analysis, suppressions: suppressions) : [], unscored: analysis.unscored)
    }

    /// The score as shown (one decimal), nil when the article has no body sentences.
    package var score: Double? { sourcing.value }

    /// Body sentences tagged by the engine.
    package var sentences: Int { Tag.allCases.reduce(0) { $0 + counts[$1] } }

    /// Share of body sentences that are unattributed (0…1), nil without body sentences.
    package var unattributedShare: Double? {
        sentences == 0 ? nil : Double(counts[.unattributed]) / Double(sentences)
    }

    static func claims(of analysis: DocumentAnalysis, suppressions: [Suppression]) -> [LocatedClaim] {
        let document = analysis.document
        let lines = LineIndex(document.original)
        var seen: [String: Int] = [:]
        var claims: [LocatedClaim] = []
        for analyzed in analysis.segments where analyzed.tag == .unattributed {
            let text = document.string(analyzed.segment.span)
            let original = document.map.original(analyzed.segment.span)
            let normalized = Fingerprint.normalized(text)
            let occurrence = seen[normalized, default: 0]
            seen[normalized] = occurrence + 1
            claims.append(
                LocatedClaim(
                    text: text, start: original.start, end: original.end,
                    line: lines.line(of: original.start), column: lines.utf16Column(of: original.start),
                    endLine: lines.line(of: original.end), endColumn: lines.utf16Column(of: original.end),
                    fingerprint: Fingerprint.make(["unattributed-claim", document.path, normalized, "\(occurrence)"]),
                    suppression: Suppression.reason(of: analyzed.segment, in: document, found: suppressions)))
        }
        return claims
    }
}
