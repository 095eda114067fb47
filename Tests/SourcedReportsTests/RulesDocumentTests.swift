import Foundation
import SourcedCore
import Testing

@testable import SourcedReports

/// docs/rules.md is generated from the rule files; these fail while it is stale.
@Suite struct RulesDocumentTests {
    static func rendered() throws -> String {
        RulesDocument(pack: try RulePack(directories: [Repo.path("Rules")])).render()
    }

    @Test func committedPageIsCurrent() throws {
        let committed = try String(contentsOfFile: Repo.path(RulesDocument.path), encoding: .utf8)
        #expect(committed == (try Self.rendered()), "docs/rules.md is stale: run 'sourced rules doc --output docs/rules.md'")
    }

    @Test func everyRuleHasASectionWithItsExplainAndExamples() throws {
        let pack = try RulePack(directories: [Repo.path("Rules")])
        let page = try Self.rendered()
        for rule in pack.definitions {
            #expect(page.contains("<a id=\"\(rule.id)\"></a>\(rule.id)"), "\(rule.id)")
            for example in rule.examples { #expect(page.contains(RuleDocumentation.code(example.text)), "\(rule.id)") }
        }
    }

    @Test func sarifHelpLinksPointAtSectionsOfTheRepository() throws {
        let page = try Self.rendered()
        for rule in FindingRule.allCases {
            let parts = rule.helpURI.split(separator: "#").map(String.init)
            #expect(parts.count == 2 && parts[0] == "docs/rules.md")
            #expect(FileManager.default.fileExists(atPath: Repo.path(parts[0])))
            #expect(page.contains("<a id=\"\(parts[1])\"></a>"), "\(rule.helpURI)")
        }
    }
}
