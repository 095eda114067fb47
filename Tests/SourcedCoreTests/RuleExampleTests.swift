import Testing

@testable import SourcedCore

/// Every example of every rule file in Rules/, each one a test case named by its file and line.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let example: RuleExample
    var testDescription: String { "\(rule) line \(example.line)" }

    static let all: [RuleExampleCase] = Package.pack.definitions.flatMap { rule in
        rule.examples.map { RuleExampleCase(rule: rule.id, example: $0) }
    }
}

@Suite struct RuleExampleTests {
    static let checker = ExampleChecker(pack: Package.pack)

    @Test(arguments: RuleExampleCase.all)
    func example(_ item: RuleExampleCase) throws {
        let rule = try #require(Package.pack.rule(item.rule))
        let failure = Self.checker.check(item.example, of: rule)
        #expect(failure == nil, "\(failure?.description ?? "")")
    }

    @Test func everyRuleThatArguesCarriesExamples() {
        for rule in Package.pack.definitions where rule.kind != .abbreviations {
            let hasMatch = rule.examples.contains { $0.shouldMatch }
            #expect(hasMatch, "\(rule.file)")
        }
        #expect(RuleExampleCase.all.count > 50)
    }

    @Test func aBrokenExampleFailsWithFileAndLine() throws {
        let folder = try ruleFolder([
            "speculative/hedge.yml": """
            version: 1
            kind: hedge
            pattern: '\\breportedly\\b'
            examples:
              match:
                - "The leaders ⟦allegedly⟧ met."
            """
        ])
        let pack = try RulePack(directories: [folder])
        let failures = ExampleChecker(pack: pack).checkAll()
        #expect(failures.count == 1)
        #expect(failures.first?.description.hasPrefix("\(folder)/speculative/hedge.yml:6: speculative.hedge:") == true)
    }

    /// A fragment that compiles only inside the rules using it fails its own examples.
    @Test func aFragmentThatDoesNotCompileAloneFailsItsExamples() throws {
        let folder = try ruleFolder([
            "fragments/broken.yml": """
            version: 1
            kind: fragment
            pattern: 'cl)(?:aimed'
            examples:
              match:
                - "He ⟦claimed⟧ it."
            """,
            "speculative/hedge.yml": """
            version: 1
            kind: hedge
            pattern: '\\b(?<cue>(?:{{broken}}))\\b'
            examples:
              match:
                - "He ⟦claimed⟧ it."
            """,
        ])
        let failures = ExampleChecker(pack: try RulePack(directories: [folder])).checkAll()
        #expect(failures.map(\.rule) == ["fragments.broken"])
        #expect(failures.first?.message.hasPrefix("pattern does not compile alone:") == true)
    }

    @Test func spansAreBytesBehindAMultibytePrefix() {
        let example = MarkedExample("A ⟪Putin⟫ ⟦said⟧ so.").prefixed(ExampleChecker.prefix)
        let bytes = Array(example.text.utf8)
        #expect(String(decoding: bytes[example.cue!.range], as: UTF8.self) == "said")
        #expect(String(decoding: bytes[example.source!.range], as: UTF8.self) == "Putin")
    }
}
