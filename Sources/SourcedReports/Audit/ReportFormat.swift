import SourcedCore

/// The report formats of `sourced audit`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json

    /// File extension of a report in this format.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .html: return "html"
        case .json: return "json"
        }
    }

    /// The name of the bundled template (`Reports/templates/<name>`), for template formats.
    public var templateName: String? {
        switch self {
        case .markdown: return "report.md.mustache"
        case .html: return "report.html.mustache"
        case .text, .json: return nil
        }
    }
}
