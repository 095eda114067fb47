import Foundation
import SourcedCore

/// SARIF 2.1.0 for GitHub code scanning: one run, the tool driver with every rule, one result
/// per active finding with its region (UTF-16 columns) and a stable partial fingerprint, and
/// one invocation whose notifications name every input that could not be checked.
package struct SARIFReporter: Sendable {
    package static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    package let toolVersion: String
    /// Where the repository's files are served (`SOURCED_DOCS_URL`) or the installed docs'
    /// `file://` folder; makes `helpUri` absolute, as SARIF requires. Nil: no `helpUri`.
    package let docsBaseURL: String?
    /// Paths under it become `uri`s relative to `%SRCROOT%`; others are absolute `file://` URIs.
    package let workingDirectory: String

    package init(
        toolVersion: String, docsBaseURL: String? = nil, workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.toolVersion = toolVersion
        self.docsBaseURL = docsBaseURL.flatMap { $0.isEmpty ? nil : $0 }
        self.workingDirectory = workingDirectory
    }

    package func render(_ report: CheckReport) -> String {
        let root = Self.fileURI(workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/")
        let run: [String: Any] = [
            "tool": ["driver": driver()],
            "invocations": [invocation(report)],
            "originalUriBaseIds": ["%SRCROOT%": ["uri": root]],
            "results": report.findings.map(result),
            "columnKind": "utf16CodeUnits",
        ]
        let object: [String: Any] = ["$schema": Self.schemaURI, "version": "2.1.0", "runs": [run]]
        return JSONText.encode(object, pretty: true) + "\n"
    }

    func driver() -> [String: Any] {
        var driver: [String: Any] = [
            "name": "sourced", "version": toolVersion, "semanticVersion": toolVersion,
            "rules": FindingRule.allCases.map { rule -> [String: Any] in
                var object: [String: Any] = [
                    "id": rule.rawValue, "name": rule.name,
                    "shortDescription": ["text": rule.shortDescription],
                    "fullDescription": ["text": rule.fullDescription],
                    "help": ["text": rule.help, "markdown": rule.help],
                    "defaultConfiguration": ["level": rule.level.rawValue],
                    "properties": ["tags": ["sourcing"], "precision": "medium"],
                ]
                if let docsBaseURL { object["helpUri"] = rule.helpURI(base: docsBaseURL) }
                return object
            },
        ]
        if let base = docsBaseURL { driver["informationUri"] = (base.hasSuffix("/") ? base : base + "/") + "README.md" }
        return driver
    }

    /// Whether the run checked every input, and one error notification per input that failed.
    func invocation(_ report: CheckReport) -> [String: Any] {
        [
            "executionSuccessful": report.failures.isEmpty,
            "exitCode": Int(report.exitCode),
            "toolExecutionNotifications": report.failures.map { failure -> [String: Any] in
                [
                    "level": "error",
                    "message": ["text": "\(failure.path): \(failure.reason)"],
                    "locations": [["physicalLocation": ["artifactLocation": artifact(failure.path)]]],
                ]
            },
        ]
    }

    func result(_ finding: Finding) -> [String: Any] {
        var physical: [String: Any] = ["artifactLocation": artifact(finding.path)]
        // A corpus-level finding concerns no line of the article it is filed under.
        if finding.rule.hasLine {
            physical["region"] = [
                "startLine": finding.line, "startColumn": finding.column, "endLine": finding.endLine,
                "endColumn": max(finding.endColumn, finding.line == finding.endLine ? finding.column + 1 : 1),
            ]
        }
        return [
            "ruleId": finding.rule.rawValue,
            "ruleIndex": FindingRule.allCases.firstIndex(of: finding.rule) ?? 0,
            "level": finding.level.rawValue,
            "message": ["text": finding.message],
            "locations": [["physicalLocation": physical]],
            "partialFingerprints": ["sourcedFinding/v1": finding.fingerprint],
        ]
    }

    /// A file under the working directory relative to `%SRCROOT%`, any other as a `file://` URI.
    func artifact(_ path: String) -> [String: Any] {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        let standard = URL(fileURLWithPath: absolute).standardizedFileURL.path
        let root = URL(fileURLWithPath: workingDirectory).standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        if standard.hasPrefix(prefix) { return ["uri": Self.uri(String(standard.dropFirst(prefix.count))), "uriBaseId": "%SRCROOT%"] }
        return ["uri": Self.fileURI(standard)]
    }

    /// An absolute path as a `file://` URI.
    static func fileURI(_ path: String) -> String { "file://" + uri(path) }

    /// A path as a URI reference: each segment percent-encoded, `/` kept.
    static func uri(_ path: String) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: ":?#[]@;"))
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }
}

extension FindingRule {
    /// Whether findings of this rule point at a line (a corpus figure points at none).
    package var hasLine: Bool { self != .minMeanScore }
}
