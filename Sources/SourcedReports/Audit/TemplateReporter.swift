import Foundation
import Mustache
import SourcedCore

/// Renders Markdown or HTML from a Mustache template (`Reports/templates/*.mustache`, or a
/// newsroom's own via `--template`). Article text is escaped by the template engine: HTML
/// escaping by default, Markdown escaping under `{{% CONTENT_TYPE: MARKDOWN}}`.
package struct TemplateReporter: Reporter {
    /// A template that does not parse, naming its file, line and column.
    package struct TemplateError: Error, LocalizedError {
        package let file: String
        package let line: Int
        package let column: Int
        package let message: String
        package var errorDescription: String? { "\(file):\(line):\(column): invalid template (\(message))" }
    }

    let template: MustacheTemplate

    /// Parses `text`; `file` names the template in errors.
    package init(template text: String, file: String) throws(TemplateError) {
        Self.registerContentTypes
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(file: file, line: error.context.lineNumber, column: error.context.columnNumber, message: "\(error.error)")
        } catch {
            throw TemplateError(file: file, line: 1, column: 1, message: "\(error)")
        }
    }

    package func render(_ model: ReportModel) -> String {
        template.render(ReportView(model))
    }

    private static let registerContentTypes: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()
}

/// Escapes text for Markdown: punctuation that Markdown or inline HTML would interpret is
/// backslash-escaped, so article text always renders as the literal text.
struct MarkdownContentType: MustacheContentType {
    // Parentheses and "!" are safe because brackets are escaped, so no link can form.
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

    func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            if character == "\n" || character == "\r" {
                out.append(" ")
                continue
            }
            if Self.special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
