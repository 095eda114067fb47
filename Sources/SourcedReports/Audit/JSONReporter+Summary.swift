import Foundation
import SourcedCore

/// The fields issue 3 adds to `sourced/1`: `score`, `measures`, `sources`, `claims`.
extension JSONReporter {
    static func summary(_ summary: SourcingSummary, model: ReportModel) -> [String: Any] {
        [
            "score": score(summary),
            "measures": measures(summary.measures),
            "sources": summary.ledger.entries.map { source($0, model: model) },
            "claims": summary.claims.enumerated().map { claim($0.element, rank: $0.offset + 1, model: model) },
        ]
    }

    static func score(_ summary: SourcingSummary) -> [String: Any] {
        var weights: [String: Any] = [:]
        for (key, weight) in summary.weights.table { weights[key] = weight }
        return [
            "value": summary.score.value.map { $0 as Any } ?? NSNull(),
            "display": summary.score.description,
            "sentences": summary.score.sentences,
            "weights": weights,
        ]
    }

    static func measures(_ measures: SourcingMeasures) -> [String: Any] {
        var tags: [String: Any] = [:]
        for tag in Tag.allCases { tags[tag.rawValue] = share(measures.tags[tag]) }
        var kinds: [String: Any] = [:]
        for kind in SourcingMeasures.kinds { kinds[kind.rawValue] = share(measures.kinds[kind]) }
        var top: Any = NSNull()
        if let source = measures.topSource {
            top = ["name": source.name, "count": source.share.count, "share": rounded(source.share.share)] as [String: Any]
        }
        return [
            "sentences": measures.sentences, "tags": tags, "attributions": measures.attributions,
            "kinds": kinds, "distinctSources": measures.distinctSources, "topSource": top,
        ]
    }

    static func source(_ entry: SourceLedger.Entry, model: ReportModel) -> [String: Any] {
        [
            "name": entry.name, "kind": entry.kind.rawValue, "mentions": entry.mentions,
            "segments": entry.sentences,
            "lines": entry.sentences.map { model.segments[$0].line },
        ]
    }

    static func claim(_ claim: Claim, rank: Int, model: ReportModel) -> [String: Any] {
        let segment = model.segments[claim.segment]
        return [
            "rank": rank, "segment": claim.segment, "tag": claim.tag.rawValue, "weight": claim.weight,
            "reasons": claim.reasons, "start": segment.span.start, "end": segment.span.end,
            "line": segment.line, "column": segment.column, "text": segment.span.text,
        ]
    }

    private static func share(_ share: SourcingMeasures.Share?) -> [String: Any] {
        ["count": share?.count ?? 0, "share": rounded(share?.share ?? 0)]
    }

    /// Shares to four decimals, so the JSON is stable across platforms.
    private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
