import Testing

@testable import SourcedCore

@Suite struct FallbackRuleTests {
    func sentence(_ text: String) throws -> AnalyzedSegment {
        let analysis = try analyze("A title\n\n" + text)
        return try #require(analysis.segments.first { $0.segment.kind == .sentence })
    }

    @Test func aFallbackDecidesOnlyASentenceNothingElseAttributes() throws {
        let unparsed = try sentence("The farmers that met in the hall deemed the audit a failure.")
        #expect(unparsed.tag == .attributed)
        #expect(unparsed.attribution?.rule == "attributed.speech-word")
        #expect(unparsed.attribution?.kind == .anonymous)
    }

    @Test func aVagueSourceIsNotOverruledByAFallback() throws {
        let vague = try sentence("Some experts said the budget was sound.")
        #expect(vague.tag == .speculative)
        #expect(vague.attribution?.rule != "attributed.speech-word")
        // Not even run: a fallback rule is tried only when nothing else attributes or hedges.
        #expect(!vague.rules.contains("attributed.speech-word"))
    }

    @Test func aHedgedSentenceIsNotDecidedByAFallback() throws {
        let hedged = try sentence("The farmers that met in the hall deemed the audit a possible failure.")
        #expect(hedged.attribution == nil)
        #expect(hedged.tag == .speculative)
    }
}
