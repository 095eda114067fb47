import Foundation
import Testing

@testable import SourcedReports

private let hostile = """
    Breaking <script>alert(1)</script> News

    Officials said the plan "><img src=x onerror=alert(1)> was final. The <script>alert(1)</script> vote was close.

    Critics said it was `code` and *bold* and [a link](javascript:alert(1)) & more.
    """

@Test func htmlReportOfAHostileArticleIsInert() throws {
    let html = try Repo.render(try Repo.model(hostile, name: "<script>alert(1)</script>.txt"), .html)
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.lowercased().contains("<img"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    // Self-contained: no external fetches.
    #expect(!html.contains("src=\"http"))
    #expect(!html.contains("<link"))
}

@Test func markdownReportOfAHostileArticleIsInert() throws {
    let markdown = try Repo.render(try Repo.model(hostile), .markdown)
    // Every "<" that comes from the article is backslash-escaped, so no tag can open.
    let unescaped = try NSRegularExpression(pattern: #"(?<!\\)<(?:script|img)"#, options: [.caseInsensitive])
    #expect(unescaped.firstMatch(in: markdown, range: NSRange(markdown.startIndex..., in: markdown)) == nil)
    #expect(markdown.contains("\\<script\\>"))
    #expect(!markdown.contains("[a link](javascript"))
}

@Test func markdownEscapingKeepsTextLiteral() {
    let escaped = MarkdownContentType().escapeText("a*b_c [x](y) <b> & | `z`\nnext")
    #expect(escaped == "a\\*b\\_c \\[x\\](y) \\<b\\> \\& \\| \\`z\\` next")
}

@Test func templateErrorsNameFileLineAndColumn() {
    #expect {
        try TemplateReporter(template: "line one\n{{#open}} never closed", file: "my.mustache")
    } throws: { error in
        (error as? TemplateReporter.TemplateError)?.errorDescription?.hasPrefix("my.mustache:") == true
    }
}
