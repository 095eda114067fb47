import SourcedCore

/// Output formats of `sourced score`.
package enum ScoreFormat: String, CaseIterable, Sendable {
    case table, csv, json, jsonl

    /// Renders a batch report in this format.
    package func render(_ report: BatchReport) -> String {
        switch self {
        case .table: return ScoreTableReporter().render(report)
        case .csv: return ScoreCSVReporter().render(report)
        case .json: return ScoreJSONReporter().render(report)
        case .jsonl: return ScoreJSONReporter().renderLines(report)
        }
    }
}
