import SourcedCore

/// GitLab Code Quality JSON: an array of issues with description, check name, fingerprint,
/// severity and location (path and begin line).
package struct GitLabReporter: Sendable {
    package init() {}

    package func render(_ report: CheckReport) -> String {
        let issues: [[String: Any]] = report.findings.map { finding in
            [
                "type": "issue",
                "description": finding.message,
                "check_name": finding.rule.rawValue,
                "fingerprint": finding.fingerprint,
                "severity": finding.level == .error ? "major" : finding.level == .warning ? "minor" : "info",
                "categories": ["Style"],
                "location": ["path": finding.path, "lines": ["begin": finding.line, "end": finding.endLine]] as [String: Any],
            ]
        }
        return ScoreJSONReporter.encode(issues, pretty: true) + "\n"
    }
}
