import Foundation
import SourcedCore

/// SARIF 2.1.0 for GitHub code scanning: one run, the tool driver with every rule, one result
/// per active finding with its region (UTF-16 columns) and a stable partial fingerprint.
package struct SARIFReporter: Sendable {
    package static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    package let toolVersion: String
    /// Where the repository's files are served; makes `helpUri` absolute and sets `informationUri`.
    package let docsBaseURL: String?

    package init(toolVersion: String, docsBaseURL: String? = nil) {
        self.toolVersion = toolVersion
        self.docsBaseURL = docsBaseURL
    }

    package func render(_ report: CheckReport) -> String {
        let run: [String: Any] = [
            "tool": ["driver": driver()],
            "results": report.findings.map(result),
            "columnKind": "utf16CodeUnits",
        ]
        let object: [String: Any] = ["$schema": Self.schemaURI, "version": "2.1.0", "runs": [run]]
        return ScoreJSONReporter.encode(object, pretty: true) + "\n"
    }

    func driver() -> [String: Any] {
        var driver: [String: Any] = [
            "name": "sourced", "version": toolVersion, "semanticVersion": toolVersion,
            "rules": FindingRule.allCases.map { rule -> [String: Any] in
                [
                    "id": rule.rawValue, "name": rule.name,
                    "shortDescription": ["text": rule.shortDescription],
                    "fullDescription": ["text": rule.fullDescription],
                    "help": ["text": rule.help, "markdown": rule.help],
                    "helpUri": rule.helpURI(base: docsBaseURL),
                    "defaultConfiguration": ["level": rule.level.rawValue],
                    "properties": ["tags": ["sourcing"], "precision": "medium"],
                ]
            },
        ]
        if let base = docsBaseURL, !base.isEmpty {
            driver["informationUri"] = (base.hasSuffix("/") ? base : base + "/") + "README.md"
        }
        return driver
    }

    func result(_ finding: Finding) -> [String: Any] {
        let region: [String: Any] = [
            "startLine": finding.line, "startColumn": finding.column,
            "endLine": finding.endLine, "endColumn": max(finding.endColumn, finding.line == finding.endLine ? finding.column + 1 : 1),
        ]
        let location: [String: Any] = [
            "physicalLocation": [
                "artifactLocation": ["uri": Self.uri(finding.path), "uriBaseId": "%SRCROOT%"],
                "region": region,
            ] as [String: Any]
        ]
        return [
            "ruleId": finding.rule.rawValue,
            "ruleIndex": FindingRule.allCases.firstIndex(of: finding.rule) ?? 0,
            "level": finding.level.rawValue,
            "message": ["text": finding.message],
            "locations": [location],
            "partialFingerprints": ["sourcedFinding/v1": finding.fingerprint],
        ]
    }

    /// A relative path as a URI reference: each segment percent-encoded, `/` kept.
    static func uri(_ path: String) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: ":?#[]@"))
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }
}
