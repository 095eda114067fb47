import SourcedCore

/// GitLab Code Quality JSON: an array of issues with description, check name, fingerprint,
/// severity and location (path and begin line). An input that could not be read is a
/// blocker issue of its own: a merge request must not look clean because a file was skipped.
package struct GitLabReporter: Sendable {
    package init() {}

    package func render(_ report: CheckReport) -> String {
        let failures: [[String: Any]] = report.failures.map { failure in
            [
                "type": "issue",
                "description": "\(failure.path): \(failure.reason)",
                "check_name": "sourced/input-error",
                "fingerprint": Fingerprint.make(["sourced/input-error", failure.path]),
                "severity": "blocker",
                "categories": ["Bug Risk"],
                "location": ["path": failure.path, "lines": ["begin": 1]] as [String: Any],
            ]
        }
        let issues: [[String: Any]] =
            failures
            + report.findings.map { finding in
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
