import SourcedCore

/// The human report of `sourced check`: each failed threshold as `path:line:col: error: …`,
/// a count of the claims without a source, then a one-line verdict.
package struct CheckTextReporter: Sendable {
    package init() {}

    package func render(_ report: CheckReport) -> String {
        var lines = report.errors.map { error in
            // A corpus figure has no place in any one article.
            let place = error.rule.hasLine ? "\(VisibleText.visible(error.path)):\(error.line):\(error.column): " : ""
            return "\(place)error: \(VisibleText.visible(error.message)) [\(error.rule.rawValue)]"
        }
        lines += report.findings.filter { $0.rule == .notChecked }.map {
            "\(VisibleText.visible($0.path)):1:1: warning: \(VisibleText.visible($0.message)) [\($0.rule.rawValue)]"
        }
        let claims = report.findings.filter { $0.rule == .unattributedClaim }
        if !claims.isEmpty {
            let articles = Set(claims.map(\.path)).count
            lines.append(
                "note: \(claims.count) unattributed claim(s) in \(articles) article(s) (locations in --format sarif, github or gitlab)")
        }
        if report.suppressed > 0 { lines.append("note: \(report.suppressed) claim(s) suppressed by sourced-ignore-next comments") }
        if report.baselined > 0 { lines.append("note: \(report.baselined) finding(s) accepted by the baseline") }
        let verdict = report.errors.isEmpty ? "passed" : "failed"
        let unchecked = report.articles.filter { $0.summary.unscored != nil }.count
        let passed = report.articles.count - report.failedArticles - unchecked
        let notChecked = unchecked > 0 ? ", \(unchecked) not checked" : ""
        let mean = BatchReport.format(report.aggregate.mean)
        lines.append("\(verdict): \(passed) of \(report.articles.count) article(s) pass\(notChecked), mean score \(mean)")
        return lines.joined(separator: "\n") + "\n"
    }
}
