import Foundation
import Testing

@testable import SourcedCore

@Suite struct RuleLoaderTests {
    static let valid = """
        version: 1
        kind: hedge
        pattern: '\\breportedly\\b'
        examples:
          match:
            - "They ⟦reportedly⟧ met."
        """

    func loadError(_ yaml: String, name: String = "speculative/x.yml") throws -> String {
        let folder = try ruleFolder([name: yaml])
        do {
            _ = try RulePack(directories: [folder])
            return "loaded"
        } catch {
            return error.localizedDescription.replacingOccurrences(of: folder + "/", with: "")
        }
    }

    @Test func unknownKeyNamesFileLineAndColumn() throws {
        let message = try loadError(Self.valid.replacingOccurrences(of: "kind: hedge", with: "kind: hedge\nflagz: [caseless]"))
        #expect(message.hasPrefix("speculative/x.yml:3:1: unknown key 'flagz' (expected: version, kind"))
    }

    /// `\C` matches one byte of a UTF-8 character, so an evidence span could end inside one.
    @Test func backslashCIsRefusedAtLoad() throws {
        let message = try loadError(Self.valid.replacingOccurrences(of: "'\\breportedly\\b'", with: "'report\\Cdly'"))
        #expect(message == "speculative/x.yml:3:10: bad regex: using \\C is disabled by the application (at pattern offset 8)")
    }

    @Test func badRegexCarriesPCRE2Offset() throws {
        let message = try loadError(Self.valid.replacingOccurrences(of: "'\\breportedly\\b'", with: "'(reportedly'"))
        #expect(message == "speculative/x.yml:3:10: bad regex: missing closing parenthesis (at pattern offset 11)")
    }

    @Test func aPatternTooLargeOnceExpandedSaysWhatToDo() throws {
        // Distinct words, so the trie cannot factor them: well past PCRE2's compiled size cap.
        let words = (0..<4000).map { "  - \"w\(String($0, radix: 7))q\(String($0 * 7919 % 4099, radix: 5))z\"" }
        let folder = try ruleFolder([
            "lexicons/many.yml": "version: 1\nkind: lexicon\nexplain: Many words.\nwords:\n" + words.joined(separator: "\n")
                + "\nexamples:\n  match:\n    - \"A ⟦w0q0z⟧ word.\"\n",
            "speculative/x.yml": Self.valid.replacingOccurrences(of: "'\\breportedly\\b'", with: "'\\b(?:{{many}}|reportedly)\\b'"),
        ])
        let error = #expect(throws: RuleError.self) { try RulePack(directories: [folder]) }
        #expect(error?.localizedDescription.hasSuffix("split the rule or shorten the lists it uses)") == true)
    }

    @Test func missingExamplesFail() throws {
        let message = try loadError("version: 1\nkind: hedge\npattern: 'x'\n")
        #expect(message == "speculative/x.yml: no examples (a rule needs at least one 'match' example)")
    }

    @Test func exampleWithoutMarkerFails() throws {
        let message = try loadError(Self.valid.replacingOccurrences(of: "⟦reportedly⟧", with: "reportedly"))
        #expect(message == "speculative/x.yml:6: example has no ⟦…⟧ marker (mark the expected cue span)")
    }

    @Test func badKindListsTheKinds() throws {
        let message = try loadError(Self.valid.replacingOccurrences(of: "kind: hedge", with: "kind: cue"))
        #expect(message.hasPrefix("speculative/x.yml:2:7: bad value 'cue' for 'kind' (expected: lexicon, fragment"))
    }

    @Test func unknownReferenceIsNamed() throws {
        let message = try loadError(Self.valid.replacingOccurrences(of: "'\\breportedly\\b'", with: "'{{nope}}'"))
        #expect(message == "speculative/x.yml:3:10: unknown reference '{{nope}}' (name a lexicon or fragment file)")
    }

    @Test func combinedWordListsMatchEitherListAndNameAnUnknownPart() throws {
        func lexicon(_ words: String) -> String {
            "version: 1\nkind: lexicon\ninflect: none\nwords: [\(words)]\nexamples:\n  match:\n    - \"⟦x⟧\"\n"
        }
        let hedge = Self.valid.replacingOccurrences(of: "'\\breportedly\\b'", with: "'\\b{{verbs|nouns}}\\b'")
        let folder = try ruleFolder([
            "lexicons/verbs.yml": lexicon("claimed, alleged"), "lexicons/nouns.yml": lexicon("rumour, rumours"),
            "speculative/x.yml": hedge.replacingOccurrences(of: "They ⟦reportedly⟧ met.", with: "A ⟦rumour⟧ spread."),
        ])
        let pack = try RulePack(directories: [folder])
        let rule = try #require(pack.rule("speculative.x"))
        #expect(rule.expandedPattern?.contains("rumours?") == true && rule.expandedPattern?.contains("alleged") == true)
        #expect(Set(rule.requiredText ?? []) == ["alleged", "claimed", "rumour", "rumours"])
        let message = try loadError(Self.valid.replacingOccurrences(of: "'\\breportedly\\b'", with: "'{{nope|other}}'"))
        #expect(message == "speculative/x.yml:3:10: unknown reference '{{nope|other}}' (name a lexicon or fragment file)")
    }

    @Test func duplicateIdsAcrossFoldersFail() throws {
        let first = try ruleFolder(["speculative/x.yml": Self.valid])
        let second = try ruleFolder(["speculative/x.yml": Self.valid])
        #expect(throws: RuleError.self) { try RulePack(directories: [first, second]) }
    }

    @Test func invalidYAMLIsLocated() throws {
        let message = try loadError("version: 1\nkind: [hedge\n")
        #expect(message.hasPrefix("speculative/x.yml:"))
        #expect(message.contains("invalid YAML"))
    }

    @Test func idComesFromThePath() throws {
        let folder = try ruleFolder(["speculative/x.yml": Self.valid])
        #expect(try RulePack(directories: [folder]).rules.map(\.id) == ["speculative.x"])
    }

    /// A runaway pattern stops at PCRE2's match limit; the warning names the rule (the
    /// article is still analysed: see `aMatchLimitSkipsOneRuleOnOneSentence`).
    @Test func pathologicalPatternReportsTheRuleInsteadOfHanging() throws {
        let yaml = Self.valid.replacingOccurrences(of: "'\\breportedly\\b'", with: "'(?:a+)+$'")
            .replacingOccurrences(of: "They ⟦reportedly⟧ met.", with: "⟦aaa⟧")
        let pack = try RulePack(directories: [try ruleFolder(["speculative/x.yml": yaml])])
        let text = "Title\n\n" + String(repeating: "a", count: 300) + "b."
        let analysis = try analyze(text, pack: pack)
        #expect(analysis.document.warnings.contains { $0.hasPrefix("rule 'speculative.x' hit the pattern match limit") })
    }

    @Test func lexiconInflectsVerbs() {
        #expect(Lexicon.inflect("say|said", as: .verb).sorted() == ["said", "say", "saying", "says"])
        #expect(Lexicon.inflect(" tell |\ttold ", as: .verb).sorted() == ["tell", "telling", "tells", "told"])
        #expect(Lexicon.inflect("deny|denied", as: .verb).contains("denies"))
        #expect(Lexicon.inflect("point out", as: .verb).contains("pointed out"))
        let irregular = Lexicon.irregularForms(["speak|spoke|spoken", "speak out"])
        #expect(Lexicon.inflect("speak out", as: .verb, irregular: irregular).contains("spoken out"))
    }

    @Test func trieFactorsCommonPrefixes() {
        #expect(Trie(["said", "say", "says"]).regex() == "sa(?:id|ys?)")
    }
}
