import Foundation
import SourcedCore
import SourcedReports

/// The template a Markdown or HTML report is rendered with: `--template`, else the bundled
/// one (found by Core's `ResourceLocator`, like the rule pack).
enum ReportResources {
    struct UnreadableTemplate: Error, LocalizedError {
        let path: String
        var errorDescription: String? { "\(path): cannot read template (no such file or not readable)" }
    }

    /// The template text for `format` and its file (nil text for formats without one).
    static func template(for format: ReportFormat, custom: String?) throws -> (text: String?, file: String) {
        if let custom { return (try read(custom), custom) }
        guard let name = format.templateName else { return (nil, "") }
        let path = try ResourceLocator().locate(.templates) + "/" + name
        return (try read(path), path)
    }

    private static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw UnreadableTemplate(path: path) }
        return String(decoding: data, as: UTF8.self)
    }
}
