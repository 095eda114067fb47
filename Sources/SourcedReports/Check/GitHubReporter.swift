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
            lines.append(
                "::error file=\(Self.escapeProperty(failure.path)),title=\(Self.escapeProperty("sourced input error"))::"
                    + Self.escapeData(failure.reason)
            )
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    func command(_ finding: Finding) -> String {
        let properties = [
            "file=\(Self.escapeProperty(finding.path))", "line=\(finding.line)", "endLine=\(finding.endLine)",
            "col=\(finding.column)", "endColumn=\(finding.endColumn)", "title=\(Self.escapeProperty(finding.rule.rawValue))",
        ]
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
                lines.append(
                    "| \(Self.cell(article.summary.path)) | \(BatchReport.format(article.summary.score)) | "
                        + "\(BatchReport.percent(article.summary.unattributedShare)) | \(Self.cell(why)) |"
                )
            }
        }
        for error in report.corpusErrors { lines += ["", "**Corpus:** \(Self.cell(error.message))"] }
        if !report.failures.isEmpty {
            lines += ["", "| Input error | Reason |", "| --- | --- |"]
            lines += report.failures.map { "| \(Self.cell($0.path)) | \(Self.cell($0.reason)) |" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Message text: `%`, CR and LF are encoded (GitHub's `escapeData`).
    package static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property values: as data, plus `:` and `,` (GitHub's `escapeProperty`).
    package static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
