/// The sourcing score of one article, 0–100, or nil when it has no body sentences.
///
/// SEAM (issue 3): this is a temporary formula until `SourcingScore` from the `reports`
/// branch is merged; swap the body of `compute(_:)` for it and nothing else changes.
/// Temporary formula: the weighted share of body sentences that are sourced, with
/// attributed = 1, speculative = 0.3, unattributed = 0, times 100.
public enum ArticleScore {
    /// Weight of each tag in the temporary formula.
    public static let weights: [Tag: Double] = [.attributed: 1, .speculative: 0.3, .unattributed: 0]

    /// The score of an analysed article; nil when it has no body sentences.
    public static func compute(_ analysis: DocumentAnalysis) -> Double? {
        compute(analysis.counts)
    }

    /// The score from tag counts alone (what the batch keeps per article).
    public static func compute(_ counts: TagCounts) -> Double? {
        let sentences = Tag.allCases.reduce(0) { $0 + counts[$1] }
        guard sentences > 0 else { return nil }
        let weighted = Tag.allCases.reduce(0.0) { $0 + Double(counts[$1]) * (weights[$1] ?? 0) }
        // Rounded to one decimal so the figure shown is exactly the figure compared.
        return (weighted / Double(sentences) * 1000).rounded() / 10
    }
}
