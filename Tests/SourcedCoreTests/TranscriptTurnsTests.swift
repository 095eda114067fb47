import Foundation
import Testing
@testable import SourcedCore

@Suite struct TranscriptTurnsTests {
    static let rule = "attributed.quote-continuation"

    /// Each sentence's text with the texts of its attribution's cue and source.
    func turns(_ text: String, pack: RulePack = Package.pack) throws -> [(sentence: String, cue: String?, source: String?, kind: SourceKind?)] {
        // The first line of a plain-text document is its title.
        let analysis = try analyze("A transcript\n\n" + text, pack: pack)
        let bytes = analysis.document.text
        func slice(_ span: ByteSpan?) -> String? { span.map { String(decoding: bytes[$0.range], as: UTF8.self) } }
        return analysis.segments.filter { $0.segment.kind == .sentence }.map { segment in
            let attribution = segment.attribution?.rule == Self.rule ? segment.attribution : nil
            return (slice(segment.segment.span) ?? "", slice(attribution?.cue), slice(attribution?.source), attribution?.kind)
        }
    }

    @Test func sentencesOfATurnGoToTheLabelledSpeakerUntilTheNextLabel() throws {
        let result = try turns("""
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
        let result = try turns("""
            "WALLACE: Will she be there?

            "PENCE: She will not be there. The tweet was a joke.

            The debate starts at nine.
            """)
        #expect(result[2].sentence == "The tweet was a joke." && result[2].cue == "PENCE:")
        #expect(result[3].sentence == "The debate starts at nine." && result[3].cue == nil)
    }

    @Test func roleWordsAreAnonymousSpeakers() throws {
        // The bundled rules list no role word; a copy of them that lists "Q".
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Package.rules, toPath: folder.path)
        let file = folder.appendingPathComponent("attributed/quote-continuation.yml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try yaml.replacingOccurrences(of: "speaker-roles: []", with: "speaker-roles: [Q]").write(to: file, atomically: true, encoding: .utf8)
        let pack = try RulePack(directories: [folder.path])
        let result = try turns("""
            Q: What comes next? The vote is in May.

            SMITH: Then we wait.
            """, pack: pack)
        #expect(result[1].cue == "Q:" && result[1].source == "Q" && result[1].kind == .anonymous)
        #expect(try turns("Q: What comes next? The vote is in May.\n\nSMITH: Then we wait.").allSatisfy { $0.cue != "Q:" })
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
