import Foundation

/// The result of a batch run: one summary per article (in path order), the inputs that
/// failed and the corpus figures. Every batch reporter reads this.
public struct BatchReport: Sendable {
    public let articles: [ArticleSummary]
    public let failures: [InputFailure]
    public let aggregate: CorpusAggregate

    public init(articles: [ArticleSummary], failures: [InputFailure]) {
        self.articles = articles.sorted { $0.path < $1.path }
        self.failures = failures.sorted { $0.path < $1.path }
        aggregate = CorpusAggregate(articles)
    }

    /// Worst score first; articles without a score last; ties by path.
    public var worstFirst: [ArticleSummary] {
        articles.sorted { lhs, rhs in
            switch (lhs.score, rhs.score) {
            case (let l?, let r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.path < rhs.path
            }
        }
    }

    /// A score as shown everywhere: one decimal, or `-` when the article has none.
    public static func format(_ score: Double?) -> String {
        score.map { String(format: "%.1f", $0) } ?? "-"
    }

    /// A share (0…1) as a percentage with one decimal.
    public static func percent(_ share: Double?) -> String {
        share.map { String(format: "%.1f%%", $0 * 100) } ?? "-"
    }
}
