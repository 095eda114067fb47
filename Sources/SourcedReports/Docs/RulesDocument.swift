import Foundation
import SourcedCore

/// `docs/rules.md`: the user documentation of every rule, generated from the rule files
/// (id, kind, the tag it argues for, `explain:` and examples) and of the findings
/// `sourced check` reports. The rule files are the one source of truth; a test fails while
/// the committed page differs from what this renders.
package struct RulesDocument: Sendable {
    package static let path = "docs/rules.md"

    package let pack: RulePack
    /// The rule folder's name as shown on the page (`Rules` for the bundled pack).
    package let folderName: String

    package init(pack: RulePack, folderName: String = "Rules") {
        self.pack = pack
        self.folderName = folderName
    }

    /// The anchor of a rule's section (`docs/rules.md#<anchor>`).
    package static func anchor(_ id: String) -> String { RuleDocumentation.anchor(id) }

    package func render() -> String {
        var lines = [
            "# Rules",
            "",
            "<!-- Generated from the rule files by `sourced rules doc --output docs/rules.md`; do not edit by hand. -->",
            "",
            "Every rule of the bundled pack, read from its file under `\(folderName)/`: what it finds (its",
            "`explain:`), the tag it argues for and its examples. In a matching example `⟦…⟧` marks the cue",
            "and `⟪…⟫` the source. `sourced explain RULE-ID` prints the same for one rule, with its pattern.",
            "",
        ]
        lines += findings()
        let groups = Dictionary(grouping: zip(pack.rules, pack.definitions)) { String($0.0.id.split(separator: ".").first ?? "") }
        for group in groups.keys.sorted() {
            lines += ["## \(group)", ""]
            for (rule, definition) in groups[group]!.sorted(by: { $0.0.id < $1.0.id }) { lines += section(rule, definition) }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The checks of `sourced check`, which SARIF `helpUri`s point at.
    private func findings() -> [String] {
        var lines = ["## Findings of `sourced check`", ""]
        for rule in FindingRule.allCases {
            lines += [
                "### <a id=\"\(Self.anchor(rule.rawValue))\"></a>\(rule.rawValue)", "",
                "- level: \(rule.level.rawValue)", "- name: \(rule.name)", "",
                RuleDocumentation.prose(rule.fullDescription), "", RuleDocumentation.prose(rule.help), "",
            ]
        }
        return lines
    }

    private func section(_ rule: CompiledRule, _ definition: RuleDefinition) -> [String] {
        RuleDocumentation(rule, definition: definition).markdown(folderName: folderName)
    }
}
