import Foundation
import Testing

@testable import SourcedCore

/// Rule files stay readable in a diff and an editor: no line over 300 characters, a long
/// character pattern written as a list of pieces.
@Suite struct RuleFileLinesTests {
    @Test func noLineOfTheBundledPackIsOver300Characters() throws {
        let root = URL(fileURLWithPath: Package.rules)
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var long: [String] = []
        var checked = 0
        for case let url as URL in files where url.pathExtension == "yml" {
            checked += 1
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line.count > 300 {
                long.append("\(url.lastPathComponent):\(index + 1) (\(line.count))")
            }
        }
        #expect(checked > 50)
        #expect(long.isEmpty, "lines over 300 characters: \(long)")
    }

    @Test func aPatternGivenAsAListIsItsPiecesJoined() throws {
        let folder = try ruleFolder([
            "boilerplate/asks.yml": """
            version: 1
            kind: boilerplate
            explain: Promotion lines.
            flags: [caseless]
            pattern:
              - '^(?:read\\s+more'
              - '|click\\s+here)'
            examples:
              match:
                - "⟦Click here⟧"
              no-match:
                - "Readers clicked here and there."
            """
        ])
        let pack = try RulePack(directories: [folder])
        let rule = try #require(pack.rule("boilerplate.asks"))
        #expect(rule.expandedPattern == "^(?:read\\s+more|click\\s+here)")
        #expect(ExampleChecker(pack: pack).checkAll().isEmpty)
    }
}
