import SourcedCore

/// Turns one document's analysis into one report.
package protocol Reporter: Sendable {
    func render(_ model: ReportModel) -> String
}
