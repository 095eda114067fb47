/// The sourcing score of one article: 0 to 100, from its body sentences only.
///
/// The score is the mean credit of the body sentences (see `ScoreWeights`) times 100,
/// rounded once to one decimal. That rounded figure is the one shown and the one compared
/// with thresholds. An article with no body sentences has no score.
package struct SourcingScore: Sendable, Equatable, CustomStringConvertible {
    /// The score in tenths of a point (0…1000); nil when there are no body sentences.
    package let tenths: Int?
    /// Number of body sentences scored.
    package let sentences: Int

    /// Scores the body sentences of an analysis.
    package init(_ analysis: DocumentAnalysis, weights: ScoreWeights) {
        guard analysis.unscored == nil else {
            self.init(tenths: nil, sentences: 0)
            return
        }
        self.init(attributions: analysis.segments.filter { $0.segment.kind == .sentence }.map(\.attribution), weights: weights)
    }

    /// A score computed before (a batch summary keeps only this); `tenths` nil means no score.
    package init(tenths: Int?, sentences: Int) {
        self.tenths = tenths
        self.sentences = sentences
    }

    /// Scores one attribution (or nil) per body sentence.
    package init(attributions: [Attribution?], weights: ScoreWeights) {
        sentences = attributions.count
        guard !attributions.isEmpty else {
            tenths = nil
            return
        }
        let total = attributions.reduce(0.0) { $0 + weights.credit(for: $1) }
        tenths = Int((1000 * total / Double(attributions.count)).rounded())
    }

    /// The score as shown, e.g. 72.5; nil when there is no score.
    package var value: Double? { tenths.map { Double($0) / 10 } }

    /// "72.5", or "n/a" when there is no score.
    package var description: String {
        guard let tenths else { return "n/a" }
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Whether the shown score reaches `threshold`; nil when there is no score.
    ///
    /// The shown one-decimal figure is compared with the threshold exactly as given, never
    /// rounded: 43.3 meets 43.3 but not 43.31. (`Double(tenths) / 10` is the same double as
    /// the literal the user reads, so the comparison has no rounding surprise.)
    package func meets(_ threshold: Double) -> Bool? {
        value.map { $0 >= threshold }
    }
}
