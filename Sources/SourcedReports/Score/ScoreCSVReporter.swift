import SourcedCore

/// One CSV row per article, in path order (RFC 4180 quoting). Failed inputs are rows
/// with an empty score and their reason in `error`.
package struct ScoreCSVReporter: Sendable {
    package init() {}

    package func render(_ report: BatchReport) -> String {
        Self.header + report.articles.map(Self.row).joined() + report.failures.map(Self.row).joined()
    }

    package static let header = "path,score,sentences,attributed,speculative,unattributed,unattributed_share,error\n"

    /// The row of one article (for streaming output).
    package static func row(_ article: ArticleSummary) -> String {
        let share = article.unattributedShare.map { "\(($0 * 1000).rounded() / 1000)" } ?? ""
        let fields = [
            article.path, article.score.map { "\($0)" } ?? "", "\(article.sentences)",
            "\(article.counts[.attributed])", "\(article.counts[.speculative])", "\(article.counts[.unattributed])",
            share, "",
        ]
        return fields.map(quote).joined(separator: ",") + "\n"
    }

    /// The row of one failed input: no score, the reason in `error`.
    package static func row(_ failure: InputFailure) -> String {
        [failure.path, "", "", "", "", "", "", failure.reason].map(quote).joined(separator: ",") + "\n"
    }

    /// RFC 4180 quoting. A text cell starting with `=`, `+`, `-`, `@` (or tab, CR) gets a
    /// leading `'`, so a spreadsheet shows it instead of running it as a formula (OWASP).
    static func quote(_ field: String) -> String {
        var field = VisibleText.visible(field, keepingLineBreaks: true)
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { field = "'" + field }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
