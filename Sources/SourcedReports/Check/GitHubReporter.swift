import SourcedCore

/// GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), ranked and capped
/// because GitHub shows only the first few annotations of a step, and a Markdown summary for
/// `$GITHUB_STEP_SUMMARY`.
package struct GitHubReporter: Sendable {
    /// GitHub keeps 10 annotations of each level per step.
    package let limitPerLevel: Int

    package init(limitPerLevel: Int = 10) { self.limitPerLevel = limitPerLevel }

    package func render(_ report: CheckReport) -> String {
        var lines: [String] = []
        var shown: [FindingLevel: Int] = [:]
        for finding in report.findings where shown[finding.level, default: 0] < limitPerLevel {
            shown[finding.level, default: 0] += 1
            lines.append(command(finding))
        }
        let hidden = report.findings.count - lines.count
        if hidden > 0 {
            lines.append(
                "::notice title=sourced::\(Self.escapeData("\(hidden) more finding(s) not shown; see the job summary or the SARIF report"))"
            )
        }
        for failure in report.failures {
            let title = Self.escapeProperty("sourced input error")
            lines.append("::error file=\(Self.escapeProperty(failure.path)),title=\(title)::\(Self.escapeData(failure.reason))")
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    func command(_ finding: Finding) -> String {
        var properties = ["file=\(Self.escapeProperty(finding.path))"]
        // A corpus figure is on no line; columns only on a one-line span (the Actions toolkit
        // refuses columns when start and end lines differ).
        if finding.rule.hasLine {
            properties += ["line=\(finding.line)", "endLine=\(finding.endLine)"]
            if finding.line == finding.endLine { properties += ["col=\(finding.column)", "endColumn=\(finding.endColumn)"] }
        }
        properties.append("title=\(Self.escapeProperty(finding.rule.rawValue))")
        return "::\(finding.level.rawValue) \(properties.joined(separator: ","))::\(Self.escapeData(finding.message))"
    }

    /// The job summary: one row per article that failed, worst first, and the corpus figures.
    package func summary(_ report: CheckReport) -> String {
        var lines = ["## sourced check", ""]
        let failed = report.articles.filter { !$0.errors.isEmpty }.sorted { ($0.summary.score ?? 101) < ($1.summary.score ?? 101) }
        lines.append(
            "\(report.articles.count) article(s) checked, \(failed.count) failed, mean score \(BatchReport.format(report.aggregate.mean)).")
        if !failed.isEmpty {
            lines += ["", "| Article | Score | Unattributed | Why |", "| --- | ---: | ---: | --- |"]
            for article in failed {
                let why = article.errors.map(\.message).joined(separator: "; ")
                let summary = article.summary
                let figures = "\(BatchReport.format(summary.score)) | \(BatchReport.percent(summary.unattributedShare))"
                lines.append("| \(Self.cell(summary.path)) | \(figures) | \(Self.cell(why)) |")
            }
        }
        for error in report.corpusErrors { lines += ["", "**Corpus:** \(Self.cell(error.message))"] }
        if !report.failures.isEmpty {
            lines += ["", "| Input error | Reason |", "| --- | --- |"]
            lines += report.failures.map { "| \(Self.cell($0.path)) | \(Self.cell($0.reason)) |" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Message text: `%`, CR and LF are encoded (GitHub's `escapeData`); other control
    /// characters are shown as escapes, since the job log renders ANSI sequences.
    package static func escapeData(_ text: String) -> String {
        VisibleText.visible(
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A"))
    }

    /// Property values: as data, plus `:` and `,` (GitHub's `escapeProperty`).
    package static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    static func cell(_ text: String) -> String {
        VisibleText.visible(text, keepingLineBreaks: true).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(
            of: "\n", with: " ")
    }
}
