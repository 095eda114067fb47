import Foundation
import SourcedCore

/// The batch result as one JSON document (`sourced-batch/1`) or as JSON Lines: one
/// `article` object per line in path order, then `failure` lines, then one `aggregate` line.
package struct ScoreJSONReporter: Sendable {
    package static let schema = "sourced-batch/1"

    package init() {}

    package func render(_ report: BatchReport) -> String {
        let object: [String: Any] = [
            "schema": Self.schema,
            "articles": report.articles.map(Self.article),
            "failures": report.failures.map(Self.failure),
            "aggregate": Self.aggregate(report.aggregate),
        ]
        return Self.encode(object, pretty: true) + "\n"
    }

    package func renderLines(_ report: BatchReport) -> String {
        report.articles.map(Self.line).joined() + report.failures.map(Self.line).joined() + Self.line(report.aggregate)
    }

    /// The JSON Lines record of one article (for streaming output).
    package static func line(_ article: ArticleSummary) -> String {
        encode(tagged("article", Self.article(article)), pretty: false) + "\n"
    }

    /// The JSON Lines record of one failed input.
    package static func line(_ failure: InputFailure) -> String {
        encode(tagged("failure", Self.failure(failure)), pretty: false) + "\n"
    }

    /// The closing JSON Lines record with the corpus figures.
    package static func line(_ aggregate: CorpusAggregate) -> String {
        encode(tagged("aggregate", Self.aggregate(aggregate)), pretty: false) + "\n"
    }

    static func tagged(_ type: String, _ object: [String: Any]) -> [String: Any] {
        object.merging(["type": type, "schema": schema]) { a, _ in a }
    }

    static func article(_ article: ArticleSummary) -> [String: Any] {
        var counts: [String: Int] = ["sentences": article.sentences]
        for tag in Tag.allCases { counts[tag.rawValue] = article.counts[tag] }
        return [
            "path": article.path, "bytes": article.bytes, "score": article.score ?? NSNull(),
            "counts": counts, "unattributed_share": article.unattributedShare ?? NSNull(),
        ]
    }

    static func failure(_ failure: InputFailure) -> [String: Any] {
        ["path": failure.path, "reason": failure.reason]
    }

    static func aggregate(_ aggregate: CorpusAggregate) -> [String: Any] {
        var shares: [String: Any] = [:]
        for tag in Tag.allCases { shares[tag.rawValue] = aggregate.tagShares[tag] ?? NSNull() }
        return [
            "articles": aggregate.articles, "scored": aggregate.scored, "sentences": aggregate.sentences,
            "mean": aggregate.mean ?? NSNull(), "median": aggregate.median ?? NSNull(), "p10": aggregate.p10 ?? NSNull(),
            "histogram": aggregate.histogram.map { ["from": $0.lower, "to": $0.upper, "count": $0.count] },
            "tag_shares": shares,
        ]
    }

    static func encode(_ object: Any, pretty: Bool) -> String { JSONText.encode(object, pretty: pretty) }
}
