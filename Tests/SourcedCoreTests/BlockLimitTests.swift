import PCRE2
import TestSupport
import Testing

@testable import SourcedCore

/// A block rule (boilerplate, heading) or a claim cue stopped by the match limit gives up on that
/// block or sentence with a warning naming it, as sentence rules do; the article is analysed.
struct BlockLimitTests {
    static let said = TestRules.said

    /// A user rule that backtracks exponentially on a run of `a` not followed by the end.
    static func runaway(kind: String) -> String {
        """
        version: 1
        kind: \(kind)
        pattern: '^(?:a|aa)+$'
        examples:
          match:
            - "⟦aaaa⟧"
        """
    }

    static let text = "A Title\n\n" + String(repeating: "a", count: 200) + "b\n\nAnna Berg said the bridge fell.\n"

    @Test(arguments: ["boilerplate", "headings"])
    func aBlockRuleStoppedByTheLimitIsSkippedOnThatBlock(folder kind: String) throws {
        let kindName = kind == "headings" ? "heading" : kind
        let folder = try ruleFolder(["attributed/said.yml": Self.said, "\(kind)/runaway.yml": Self.runaway(kind: kindName)])
        let pack = try RulePack(directories: [folder])
        let document = PlainTextReader().read(Array(Self.text.utf8), path: "a.txt")
        let analysis = try Analyzer(pack: pack).analyze(document, matcher: Matcher(matchLimit: 10_000))
        #expect(analysis.segments.compactMap(\.tag).contains(.attributed))
        let warning = "rule '\(kind).runaway' hit the pattern match limit on 1 block(s) and was skipped there"
        #expect(analysis.document.warnings.contains(warning), "\(analysis.document.warnings)")
    }

    @Test func aClaimCueStoppedByTheLimitIsSkippedOnThatSentence() throws {
        let cues = """
            version: 1
            tags:
              speculative: {weight: 1, reason: hedged claim}
              unattributed: {weight: 1, reason: no source}
            cues:
              - {name: runaway, weight: 2, reason: runs away, pattern: '(?:a|aa)+c'}
              - {name: figure, weight: 2, reason: states a figure, pattern: '\\d+'}
            """
        let pack = try RulePack(directories: [miniRules])
        let runaway = String(repeating: "a", count: 200) + "b"
        let analysis = try analyze("A Title\n\nPrices rose 40 percent. Then \(runaway) came.", pack: pack)
        let limitHits = LimitHits()
        let ranker = ClaimRanker(cues: try ClaimCues.parse(yaml: cues, file: "c.yml"))
        let claims = ranker.rank(analysis, matcher: Matcher(matchLimit: 10_000), limitHits: limitHits)
        #expect(claims.count == 2)
        #expect(claims.first?.reasons == ["states a figure ('40')"])
        #expect(limitHits.warnings == ["rule 'claims.runaway' hit the pattern match limit on 1 sentence(s) and was skipped there"])
    }
}
