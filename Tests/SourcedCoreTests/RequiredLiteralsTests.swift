import Foundation
import PCRE2
import Testing

@testable import SourcedCore

@Suite struct RequiredLiteralsTests {
    func literals(_ pattern: String, caseless: Bool = false) -> [String]? {
        RequiredLiterals.of(pattern, caseless: caseless)?.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func findsWordsEveryMatchMustHold() {
        #expect(literals("\\b(?:reportedly|allegedly)\\b") == ["allegedly", "reportedly"])
        #expect(literals("possibl[ey]|perhaps") == ["perhaps", "possible", "possibly"])
        #expect(literals("\\b[A-Z]\\w+\\s+(?<cue>warned|cautioned)\\b") == ["cautioned", "warned"])
        #expect(literals("(?i:Those)\\s+polled") == ["polled"])
        #expect(literals("rumou?red") == ["rumored", "rumoured"])
        #expect(literals("x{2}(?:suggests){1,3}") == ["suggests"])
        // Punctuation is rare in a sentence: a colon is a good gate, a letter or digit is not.
        #expect(literals("[a-z]+\\s*:\\s*(?:$|\")|[A-Z]{2,}(?<cue>:)") == [":"])
        #expect(literals("\\d+\\s+x") == nil)
    }

    @Test func foldsCaseAndPrefersRareLiterals() {
        #expect(literals("Reported(?=\\s)") == ["reported"])
        // "said" is in most news sentences; "widely" is the better gate.
        #expect(literals("it\\s+is\\s+widely\\s+said") == ["widely"])
    }

    @Test func givesNoSetWhenAMatchCanAvoidEveryLiteral() {
        #expect(literals("\\w+") == nil)
        #expect(literals("\\w+ly") == ["ly"])  // sound, if seldom worth it
        #expect(literals("(?:reportedly)?\\s+\\w+") == nil)
        #expect(literals("reportedly|[a-z]+") == nil)
        #expect(literals("(?=reportedly)\\w+") == nil)  // a lookahead consumes nothing
        #expect(literals("[^a]b") == nil)  // one letter is no gate
        #expect(literals("(?(1)said|told)") == nil)  // conditional: not understood
        #expect(literals("\\Qsaid\\E") == nil)
        #expect(literals("(?x) s a i d") == nil)  // extended mode: spaces are not text
        #expect(literals("x{,3}said") == nil)  // a quantifier in newer PCRE2, a literal in older
    }

    @Test func caselessNonASCIILettersAreUnknown() {
        #expect(literals("émigré", caseless: true) == ["migr"])
        #expect(literals("émigré") == ["émigré"])
    }

    /// Soundness: on a sentence where the prefilter rejects a rule, the rule must not match.
    @Test(arguments: [
        ("(?i)\\b(?:reportedly|allegedly)\\b", "They REPORTEDLY met."),
        ("(?i:it\\s+is\\s+widely\\s+said)", "It is Widely said."),
        ("(?i)said", "Sources ſaid so."),
        ("(?i)kept", "They \u{212A}ept it."),
    ])
    func prefilterAdmitsEveryMatchingSentence(pattern: String, sentence: String) throws {
        let set = RequiredLiterals.of(pattern, caseless: false)
        let prefilter = LiteralPrefilter(literals: [set])
        let compiled = try Pattern(pattern)
        let bytes = Array(sentence.utf8)
        let matched = try bytes.withUnsafeBufferPointer { text throws(PCRE2Error) in try Matcher().firstMatch(compiled, in: text) != nil }
        let admitted = bytes.withUnsafeBufferPointer { prefilter.scan($0).contains(0) }
        #expect(matched && admitted)
    }

    @Test func prefilterRejectsSentencesWithoutTheLiterals() {
        let prefilter = LiteralPrefilter(literals: [[Array("reportedly".utf8)], nil, [Array("said".utf8), Array("told".utf8)]])
        let found = Array("They told us it was reportedly so".utf8).withUnsafeBufferPointer { prefilter.scan($0) }
        #expect(found.contains(0) && !found.contains(1) && found.contains(2))
        let none = Array("The talks centred on trade".utf8).withUnsafeBufferPointer { prefilter.scan($0) }
        #expect(!none.contains(0) && !none.contains(2))
    }
}

/// The bundled pack: every rule that matches an example sentence (of any rule) must be
/// admitted by the prefilter there, and the gates must cover the cheap rules.
@Suite struct PackPrefilterTests {
    static let sentences: [String] = Package.pack.definitions.flatMap { rule in
        rule.examples.map { MarkedExample($0.text).text }
    }

    @Test func admitsEveryRuleThatMatches() throws {
        let pack = Package.pack
        // Character and token rules alike, each run alone on the sentence.
        let matcher = SentenceMatcher(pack: pack, matcher: Matcher(), document: "test")
        var checked = 0
        for sentence in Self.sentences {
            let bytes = Array(sentence.utf8)
            try bytes.withUnsafeBufferPointer { text in
                let found = pack.prefilter.scan(text)
                for rule in pack.rules where rule.gate.required != nil {
                    guard try !matcher.matchesAlone(rule, in: text).isEmpty else { continue }
                    checked += 1
                    #expect(found.contains(rule.gate.requiredBit), "\(rule.id) matches but was skipped: \(sentence)")
                }
            }
        }
        #expect(checked > 50)
    }

    @Test func gatesTheRulesWithDistinctiveWords() {
        let gated = Set(Package.pack.rules.filter { $0.gate.required != nil }.map(\.id))
        // Character patterns only: a token rule (speculative.reportedly since issue 15) is gated by `requires`.
        for id in ["speculative.modal", "speculative.possibility", "attributed.according-to", "exceptions.noun-compounds"] {
            #expect(gated.contains(id), "\(id)")
        }
    }
}

/// Generated patterns and sentences (seeded, so the run is repeatable): wherever PCRE2 finds a
/// match, the prefilter must admit the sentence.
@Suite struct RequiredLiteralsPropertyTests {
    /// A small linear congruential generator: the same cases on every run and platform.
    struct Seeded {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    static let words = [
        "said", "Said", "claims", "rumour", "it", "is", "believed", "likely", "ſaid", "\u{212A}ept", "kept", "Émigré", "émigré", ":", "“",
        "\"", "—",
    ]
    static let atoms = [
        "said", "(?:claims|rumou?r)", "[Ss]aid", "\\w+", "(?i:said)", "(?i)kept", "\\bis\\b", "(?=it)", "(?!x)", "\\s+", ".",
        "[“\"]", ":", "likely|believed", "(?:it\\s+is\\s+)?believed", "é", "(?i:émigré)", "\\d*", "(?<cue>said|told)", "x?",
    ]

    static func pattern(_ random: inout Seeded) -> String {
        (0..<(1 + random.next(4))).map { _ in
            var atom = random.pick(atoms)
            switch random.next(6) {
            case 0: atom = "(?:" + atom + ")?"
            case 1: atom = "(?:" + atom + "){1,2}"
            case 2: atom = "(?:" + atom + "|" + random.pick(atoms) + ")"
            default: break
            }
            return atom
        }.joined(separator: random.next(3) == 0 ? "\\s*" : "")
    }

    @Test func prefilterNeverSkipsAMatch() throws {
        var random = Seeded(state: 2026)
        let matcher = Matcher()
        var gated = 0
        var checked = 0
        for _ in 0..<1500 {
            let source = Self.pattern(&random)
            let caseless = random.next(2) == 0
            guard let compiled = try? Pattern(source, options: caseless ? .caseless : []) else { continue }
            let literals = RequiredLiterals.of(source, caseless: caseless)
            if literals != nil { gated += 1 }
            let prefilter = LiteralPrefilter(literals: [literals])
            for _ in 0..<8 {
                let sentence = (0..<(1 + random.next(6))).map { _ in random.pick(Self.words) }.joined(separator: " ")
                let bytes = Array(sentence.utf8)
                let matched = try bytes.withUnsafeBufferPointer { text throws(PCRE2Error) in
                    try matcher.firstMatch(compiled, in: text) != nil
                }
                guard matched else { continue }
                checked += 1
                // No literal set: the rule is not gated and always runs.
                let admitted = literals == nil || bytes.withUnsafeBufferPointer { prefilter.scan($0).contains(0) }
                let words = literals.map { $0.map { String(decoding: $0, as: UTF8.self) } } ?? []
                #expect(admitted, "pattern \(source) matches '\(sentence)' but its literals \(words) were not found")
            }
        }
        #expect(gated > 300 && checked > 1000)
    }
}

/// `contains` literals share the prefilter's case-blind pass.
@Suite struct ContainsGateTests {
    @Test func containsGatesInAnyCase() throws {
        let folder = try ruleFolder([
            "exceptions/may.yml": """
            version: 1
            kind: exception
            contains: ['May']
            pattern: '(?i)\\bmay\\s+\\d'
            examples:
              match:
                - "On ⟦May 4⟧ it rained."
            """
        ])
        let pack = try RulePack(directories: [folder])
        let rule = try #require(pack.rule("exceptions.may"))
        #expect(rule.gate.containsBit != nil)
        func admitted(_ sentence: String) -> Bool {
            Array(sentence.utf8).withUnsafeBufferPointer { rule.gate.admits(0, pack.prefilter.scan($0), $0) }
        }
        #expect(admitted("On May 4 it rained."))
        #expect(admitted("ON MAY 4 IT RAINED."))
        #expect(!admitted("On June 4 it rained."))
        #expect(!admitted("Ma y 4"))
    }
}
