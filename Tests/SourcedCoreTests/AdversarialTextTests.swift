import Foundation
import PCRE2
import TestSupport
import Testing

@testable import SourcedCore

/// Every bundled pattern stays within a tight match limit on text built to make regexes
/// backtrack: long runs of letters, digits and dots, repeated syllables, capitalised words,
/// whitespace and punctuation. A failure names the rule and the text.
@Suite struct AdversarialTextTests {
    static let texts: [(name: String, text: String)] = [
        ("letters", String(repeating: "a", count: 1500)),
        ("capitals", String(repeating: "A", count: 1500) + "H!"),
        ("laughter", String(repeating: "ha", count: 700)),
        ("digits", String(repeating: "7", count: 1500)),
        ("dots", String(repeating: ".", count: 1500)),
        ("initials", String(repeating: "A.", count: 700)),
        ("syllables", String(repeating: "na ", count: 500)),
        ("capitalised words", String(repeating: "Word ", count: 300)),
        ("names", String(repeating: "John Smith ", count: 140)),
        ("capitalised hyphens", String(repeating: "Jong-Un ", count: 190)),
        ("spaces", "a" + String(repeating: " ", count: 1500) + "b"),
        ("mixed whitespace", "a" + String(repeating: " \t", count: 700) + "b"),
        ("hyphens", String(repeating: "-", count: 1500)),
        ("apostrophes", String(repeating: "'", count: 1500)),
        ("quotes", String(repeating: "“", count: 500)),
        ("commas", String(repeating: "a, ", count: 500)),
        ("slashes", String(repeating: "A/", count: 700)),
        ("parentheses", String(repeating: "(", count: 1500)),
        ("said", String(repeating: "said ", count: 300)),
        ("according", String(repeating: "according to ", count: 120)),
        ("titles", String(repeating: "Mr. ", count: 380)),
    ]

    /// Half PCRE2's default; a linear pattern needs a small multiple of the text's length.
    static let matchLimit: UInt32 = 100_000

    @Test(arguments: texts.map(\.name))
    func everyBundledPatternStaysWithinTheLimit(_ name: String) {
        let text = Array(Self.texts.first { $0.name == name }!.text.utf8)
        let matcher = Matcher(matchLimit: Self.matchLimit)
        for rule in Package.pack.rules {
            guard let pattern = rule.pattern else { continue }
            let outcome: String? = text.withUnsafeBufferPointer { subject in
                var start = 0
                do {
                    while start <= subject.count, let match = try matcher.firstMatch(pattern, in: subject, from: start) {
                        start = max(match.range.upperBound, start + 1)
                    }
                    return nil
                } catch {
                    return "\(error)"
                }
            }
            #expect(outcome == nil, "rule \(rule.id) on \(name): \(outcome ?? "")")
        }
    }

    /// `boilerplate.image-credit` used to hit the limit here and refuse the whole article.
    @Test func aLongLaughIsAnalysed() throws {
        let analysis = try analyze("Title\n\n" + String(repeating: "ha", count: 400) + ".\n\nAnna Berg said so.\n")
        #expect(analysis.segments.count >= 2)
    }
}

/// A rule stopped by the match limit on one sentence gives up there with a warning; the rest
/// of the article is still analysed.
@Test func aMatchLimitSkipsOneRuleOnOneSentence() throws {
    let folder = try ruleFolder([
        "attributed/said.yml": TestRules.said,
        "speculative/runaway.yml": """
        version: 1
        kind: hedge
        pattern: '(?<cue>(?:a|aa)+)$'
        examples:
          match:
            - "⟦aaaa⟧"
        """,
    ])
    let pack = try RulePack(directories: [folder])
    let runaway = String(repeating: "a", count: 200) + "b"
    let text = "A Title\n\nAnna Berg said the bridge fell. Then \(runaway) came.\n"
    let document = PlainTextReader().read(Array(text.utf8), path: "a.txt")
    let analysis = try Analyzer(pack: pack).analyze(document, matcher: Matcher(matchLimit: 10_000))
    #expect(analysis.segments.compactMap(\.tag) == [.attributed, .unattributed])
    #expect(analysis.document.warnings.contains { $0.contains("rule 'speculative.runaway' hit the pattern match limit on 1 sentence(s)") })
}
