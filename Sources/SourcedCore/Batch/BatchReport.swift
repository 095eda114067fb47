import Foundation

/// The result of a batch run: one summary per article (in path order), the inputs that
/// failed and the corpus figures. Every batch reporter reads this.
package struct BatchReport: Sendable {
    package let articles: [ArticleSummary]
    package let failures: [InputFailure]
    package let aggregate: CorpusAggregate

    package init(articles: [ArticleSummary], failures: [InputFailure]) {
        self.articles = articles.sorted { $0.path < $1.path }
        self.failures = failures.sorted { $0.path < $1.path }
        aggregate = CorpusAggregate(articles)
    }

    /// Worst score first; articles without a score last; ties by path.
    package var worstFirst: [ArticleSummary] {
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
    package static func format(_ score: Double?) -> String {
        score.map { String(format: "%.1f", $0) } ?? "-"
    }

    /// A share (0…1) as a percentage with one decimal.
    package static func percent(_ share: Double?) -> String {
        share.map { String(format: "%.1f%%", $0 * 100) } ?? "-"
    }
}
