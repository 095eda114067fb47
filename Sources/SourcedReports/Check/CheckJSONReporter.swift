import Foundation
import SourcedCore

/// `sourced check --format json` (`sourced-check/1`): the verdict, each article with its
/// figures and failed thresholds, every active finding, the inputs that failed and the
/// corpus figures (the same `aggregate` as `sourced score --format json`).
package struct CheckJSONReporter: Sendable {
    package static let schema = "sourced-check/1"

    package init() {}

    package func render(_ report: CheckReport) -> String {
        let object: [String: Any] = [
            "schema": Self.schema,
            "passed": report.exitCode == 0,
            "exit_code": Int(report.exitCode),
            "articles": report.articles.map(article),
            "findings": report.findings.map(finding),
            "failures": report.failures.map { ["path": $0.path, "reason": $0.reason] },
            "aggregate": ScoreJSONReporter.aggregate(report.aggregate),
            "suppressed": report.suppressed,
            "baselined": report.baselined,
        ]
        return JSONText.encode(object, pretty: true) + "\n"
    }

    private func article(_ article: CheckReport.Article) -> [String: Any] {
        [
            "path": article.summary.path, "score": article.summary.score ?? NSNull(),
            "unattributed_share": article.summary.unattributedShare ?? NSNull(),
            "passed": article.errors.isEmpty, "errors": article.errors.map(\.rule.rawValue),
        ]
    }

    private func finding(_ finding: Finding) -> [String: Any] {
        var object: [String: Any] = [
            "rule": finding.rule.rawValue, "level": finding.level.rawValue, "message": finding.message,
            "path": finding.path, "fingerprint": finding.fingerprint,
        ]
        if finding.rule.hasLine {
            object.merge(
                ["line": finding.line, "column": finding.column, "end_line": finding.endLine, "end_column": finding.endColumn]
            ) { a, _ in a }
        }
        return object
    }
}
