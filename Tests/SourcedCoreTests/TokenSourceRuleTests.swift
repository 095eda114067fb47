import Testing

@testable import SourcedCore

/// A `source` rule may be a token rule: it reads the source span's tokens alone (as the
/// sentence has them in analysis, tokenized on their own in examples), so `^` and `$` are the
/// span's ends.
@Suite struct TokenSourceRuleTests {
    let pack: RulePack

    init() throws {
        let folder = try ruleFolder([
            "attributed/said.yml": """
            version: 1
            kind: attribution
            source: auto
            explain: A source and "said" (test pack).
            tokens: '(?<source>{Word}+) (?<cue>said)'
            examples:
              match:
                - "⟪The crowd outside⟫ ⟦said⟧ no."
            """,
            "sources/crowd.yml": """
            version: 1
            kind: source
            source: vague
            explain: A crowd (test pack).
            tokens: '^ the? crowd|crowds $'
            examples:
              match:
                - "⟦the crowd⟧"
              no-match:
                - "the crowd outside"
            """,
        ])
        pack = try RulePack(directories: [folder])
    }

    func kind(_ text: String) throws -> SourceKind? {
        let analysis = try analyze("A title\n\n" + text, pack: pack)
        return try #require(analysis.segments.first { $0.segment.kind == .sentence }).attribution?.kind
    }

    @Test func aTokenSourceRuleTypesTheWholeSpan() throws {
        #expect(try kind("The crowd said no.") == .vague)
        // The span's end is `$`: "the crowd outside" is not typed by the rule.
        #expect(try kind("The crowd outside said no.") == .anonymous)
        #expect(ExampleChecker(pack: pack).checkAll().isEmpty)
    }
}
