import Testing

@testable import SourcedCore

@Suite struct TranscriptTurnsTests {
    static let rule = "attributed.quote-continuation"

    /// Each sentence's text with the texts of its attribution's cue and source.
    func turns(_ text: String) throws -> [(sentence: String, cue: String?, source: String?, kind: SourceKind?)] {
        // The first line of a plain-text document is its title.
        let analysis = try analyze("A transcript\n\n" + text)
        let bytes = analysis.document.text
        func slice(_ span: ByteSpan?) -> String? { span.map { String(decoding: bytes[$0.range], as: UTF8.self) } }
        return analysis.segments.filter { $0.segment.kind == .sentence }.map { segment in
            let attribution = segment.attribution?.rule == Self.rule ? segment.attribution : nil
            return (slice(segment.segment.span) ?? "", slice(attribution?.cue), slice(attribution?.source), attribution?.kind)
        }
    }

    @Test func sentencesOfATurnGoToTheLabelledSpeakerUntilTheNextLabel() throws {
        let result = try turns(
            """
            WALLACE: Will she be there?

            PENCE: She will not be there. The tweet was a joke.

            WALLACE: Why not? The seats are free.
            """)
        #expect(result.count == 5)
        #expect(result[2].sentence == "The tweet was a joke.")
        #expect(result[2].cue == "PENCE:" && result[2].source == "PENCE" && result[2].kind == .named)
        #expect(result[4].cue == "WALLACE:" && result[4].source == "WALLACE")
    }

    @Test func aTurnEndsWithItsParagraph() throws {
        let result = try turns(
            """
            "WALLACE: Will she be there?

            "PENCE: She will not be there. The tweet was a joke.

            The debate starts at nine.
            """)
        #expect(result[2].sentence == "The tweet was a joke." && result[2].cue == "PENCE:")
        #expect(result[3].sentence == "The debate starts at nine." && result[3].cue == nil)
    }

    @Test func roleWordsAreAnonymousSpeakers() throws {
        let result = try turns(
            """
            Q: What comes next? The vote is in May.

            SMITH: Then we wait.
            """)
        #expect(result[1].cue == "Q:" && result[1].source == "Q" && result[1].kind == .anonymous)
    }

    @Test func headingsNotesAndLoneLabelsAreNoSpeakers() throws {
        #expect(try turns("Note: The figures are rounded.\n\nAlso: The budget is large.").allSatisfy { $0.cue == nil })
        #expect(try turns("NOTE: The figures are rounded.\n\nUPDATE: The budget is large.").allSatisfy { $0.cue == nil })
        // One labelled paragraph is a heading-like label, not a transcript.
        #expect(try turns("THE BOTTOM LINE: Taxes rise.\n\nThe budget is large.").allSatisfy { $0.cue == nil })
        // "A" is no role word, and a colon needs the turn's words after it.
        #expect(try turns("A: The figures are rounded.\n\nA: The budget is large.").allSatisfy { $0.cue == nil })
        #expect(try turns("SMITH:\n\nJONES:x The budget is large.").allSatisfy { $0.cue == nil })
    }
}
