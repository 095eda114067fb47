import SourcedCore

/// The report formats of `sourced audit`.
package enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json

    /// File extension of a report in this format.
    package var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .html: return "html"
        case .json: return "json"
        }
    }

    /// The name of the bundled template (`Reports/templates/<name>`), for template formats.
    package var templateName: String? {
        switch self {
        case .markdown: return "report.md.mustache"
        case .html: return "report.html.mustache"
        case .text, .json: return nil
        }
    }
}
