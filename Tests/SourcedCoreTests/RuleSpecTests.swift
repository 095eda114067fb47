import Testing

@testable import SourcedCore

/// A rule file parses to one payload per kind, holding only what that kind may say.
@Suite struct RuleSpecTests {
    func parse(_ yaml: String) throws(RuleError) -> RuleDefinition {
        try RuleFileParser(file: "attributed/x.yml", id: "attributed.x").parse(yaml)
    }

    func message(_ yaml: String) -> String {
        do {
            _ = try parse(yaml)
            return "parsed"
        } catch {
            return error.localizedDescription
        }
    }

    static let examples = "examples:\n  match:\n    - \"⟦Kim said⟧ so.\"\n"

    @Test func anAttributionHoldsItsMatcherGatesSourceAndFallback() throws {
        let rule = try parse(
            "version: 1\nkind: attribution\ntokens: '(?<source>{Name}) (?<cue>said)'\nsource: named\nfallback: true\n"
                + "requires: [say]\ncontains: [said]\n" + Self.examples)
        guard case .attribution(let attribution) = rule.spec, case .tokens(let tokens) = attribution.matcher else {
            Issue.record("not a token attribution: \(rule.spec)")
            return
        }
        #expect(tokens.text == "(?<source>{Name}) (?<cue>said)" && tokens.location == RuleLocation(line: 3, column: 9))
        #expect(attribution.source == .named && attribution.fallback)
        #expect(attribution.gates.requires == ["say"] && attribution.gates.contains == ["said"])
        #expect(rule.kind == .attribution && rule.characterPattern == nil)
    }

    @Test func aBoilerplateRuleIsACharacterPatternWithFlags() throws {
        let rule = try parse("version: 1\nkind: boilerplate\npattern: '^read more'\nflags: [caseless]\n" + Self.examples)
        guard case .boilerplate(let boilerplate) = rule.spec else {
            Issue.record("not boilerplate: \(rule.spec)")
            return
        }
        #expect(boilerplate.pattern.text == "^read more" && boilerplate.pattern.flags == .caseless && !boilerplate.inSentences)
        let inSentences = try parse("version: 1\nkind: boilerplate\npattern: '^read more'\nsentences: true\n" + Self.examples)
        guard case .boilerplate(let asks) = inSentences.spec else { return }
        #expect(asks.inSentences)
        #expect(rule.spec.gates.requires.isEmpty && rule.spec.declaredSource == nil)
    }

    @Test func aContinuationKeepsTheEngineDefaultsItDoesNotSet() throws {
        let rule = try parse("version: 1\nkind: continuation\nmin-words: 5\nspeaker-roles: [Q]\n" + Self.examples)
        guard case .continuation(let settings) = rule.spec else {
            Issue.record("not a continuation: \(rule.spec)")
            return
        }
        #expect(settings.minWords == 5 && settings.minTurns == 2 && settings.speakerRoles == ["Q"] && settings.notSpeakers.isEmpty)
    }

    @Test func aRuleHasOnePatternNotTwo() {
        let both = message("version: 1\nkind: hedge\npattern: 'x'\ntokens: 'x'\n" + Self.examples)
        #expect(both == "attributed/x.yml:4:9: 'tokens' cannot go with 'pattern' (give a character 'pattern' or a token pattern 'tokens')")
        let flags = message("version: 1\nkind: hedge\ntokens: 'x'\nflags: [caseless]\n" + Self.examples)
        #expect(flags == "attributed/x.yml:4:8: 'flags' cannot go with 'tokens' (a token pattern takes no flags)")
    }

    @Test func keysOfAnotherKindAreStillRefusedFirst() {
        let refused = message("version: 1\nkind: lexicon\nwords: [a]\npattern: 'x'\n" + Self.examples)
        #expect(refused.hasPrefix("attributed/x.yml:4:1: unknown key 'pattern' (expected: version, kind, tag, explain, examples, words"))
    }

    @Test func aCompiledRuleKeepsWhatRunningNeedsAndThePackKeepsTheFile() throws {
        let definition = try parse("version: 1\nkind: attribution\npattern: '(?<cue>said)'\nsource: vague\n" + Self.examples)
        let pack = try RulePack(definitions: [definition])
        let rule = try #require(pack.rule("attributed.x"))
        #expect(rule.tag == .speculative && rule.sourceKind == .vague && !rule.fallback && rule.file == "attributed/x.yml")
        #expect(pack.definition("attributed.x")?.examples.count == 1)
    }
}
