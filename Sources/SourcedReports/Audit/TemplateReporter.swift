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
        if let (line, column) = Self.tooDeep(text) {
            throw TemplateError(file: file, line: line, column: column, message: "sections nested more than \(Self.maxDepth) deep")
        }
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(file: file, line: error.context.lineNumber, column: error.context.columnNumber, message: "\(error.error)")
        } catch {
            throw TemplateError(file: file, line: 1, column: 1, message: "\(error)")
        }
    }

    /// Deeper than any report needs; the template engine parses and renders sections
    /// recursively, and 3,000 nested sections overflowed the stack.
    static let maxDepth = 64

    /// Line and column of the first section opened past `maxDepth`, counting `{{#`, `{{^`,
    /// `{{$` and `{{<` against `{{/` (a linear scan before the recursive parser runs).
    static func tooDeep(_ text: String) -> (Int, Int)? {
        var depth = 0
        var line = 1
        var column = 1
        var previous: [Character] = []
        for character in text {
            if previous.count == 2, previous == ["{", "{"] {
                if "#^$<".contains(character) {
                    depth += 1
                    if depth > maxDepth { return (line, column - 2) }
                } else if character == "/" {
                    depth = max(0, depth - 1)
                }
            }
            previous = Array((previous + [character]).suffix(2))
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
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
