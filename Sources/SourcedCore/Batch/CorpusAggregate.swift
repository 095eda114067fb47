/// Corpus-level figures over the articles that have a score.
package struct CorpusAggregate: Sendable, Equatable {
    /// One bar of the score histogram: scores in `lower..<upper` (the last bar includes 100).
    package struct Bin: Sendable, Equatable {
        package var lower: Int
        package var upper: Int
        package var count: Int
    }

    package let articles: Int
    package let scored: Int
    package let mean: Double?
    package let median: Double?
    /// 10th percentile (nearest rank).
    package let p10: Double?
    package let histogram: [Bin]
    /// Share of all body sentences per tag (0…1); empty when there are none.
    package let tagShares: [Tag: Double]
    package let sentences: Int

    package static let binWidth = 20

    package init(_ summaries: [ArticleSummary]) {
        var totals: [Tag: Int] = [:]
        for summary in summaries { for tag in Tag.allCases { totals[tag, default: 0] += summary.counts[tag] } }
        self.init(tenths: summaries.compactMap(\.sourcing.tenths), articles: summaries.count, totals: totals)
    }

    /// From the scores in tenths of the articles that have one, the number of articles and
    /// the sentence counts per tag (what a streaming batch keeps).
    package init(tenths unsorted: [Int], articles: Int, totals: [Tag: Int]) {
        // Summed in tenths (integers) so the mean of shown figures rounds like a figure shown.
        let tenths = unsorted.sorted()
        let scores = tenths.map { Double($0) / 10 }
        self.articles = articles
        scored = scores.count
        mean = tenths.isEmpty ? nil : Self.tenthsRounded(Double(tenths.reduce(0, +)) / Double(tenths.count))
        median = Self.median(tenths)
        p10 = Self.percentile(scores, 10)
        histogram = stride(from: 0, to: 100, by: Self.binWidth).map { lower in
            let upper = lower + Self.binWidth
            let count = scores.filter { $0 >= Double(lower) && ($0 < Double(upper) || upper == 100) }.count
            return Bin(lower: lower, upper: upper, count: count)
        }
        let total = totals.values.reduce(0, +)
        sentences = total
        tagShares = total == 0 ? [:] : totals.mapValues { Double($0) / Double(total) }
    }

    static func median(_ sorted: [Int]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) / 10 : tenthsRounded(Double(sorted[middle - 1] + sorted[middle]) / 2)
    }

    /// Nearest-rank percentile: the smallest value with at least `percent`% of values at or below it.
    static func percentile(_ sorted: [Double], _ percent: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }

    /// A value in tenths rounded to a one-decimal figure, like the per-article scores, so
    /// shown and compared figures agree.
    static func tenthsRounded(_ tenths: Double) -> Double { tenths.rounded() / 10 }
}
