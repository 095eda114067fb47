import Testing

@testable import SourcedCore

@Suite struct BlockedCueTests {
    /// An attribution rule that takes the first of "said"/"state" after a capitalised word,
    /// and an exception that makes "state" a noun after "each".
    static let pack: RulePack = {
        let rules = [
            "attributed/name-verb.yml": """
            version: 1
            kind: attribution
            explain: A capitalised word, a few words, then a verb.
            pattern: '(?<source>[A-Z][a-z]+)(?:\\s+[a-z]+)*?\\s+(?<cue>said|state)\\b'
            examples:
              match:
                - "⟪Kim⟫ ⟦said⟧ so."
            """,
            "exceptions/state-noun.yml": """
            version: 1
            kind: exception
            explain: '"state" after "each" is a noun.'
            pattern: '\\beach\\s+(?<cue>state)\\b'
            examples:
              match:
                - "in each ⟦state⟧"
            """,
        ]
        do { return try RulePack(directories: [try ruleFolder(rules)]) } catch { fatalError("test rules do not load: \(error)") }
    }()

    func attribution(_ sentence: String) throws -> (cue: String, source: String?)? {
        let text = "A title\n\n" + sentence + "\n"
        let bytes = Array(text.utf8)
        let analysis = try analyze(text, pack: Self.pack)
        let segment = try #require(analysis.segments.first { $0.segment.kind == .sentence })
        guard let found = segment.attribution else { return nil }
        func string(_ span: ByteSpan) -> String { String(decoding: bytes[span.start..<span.end], as: UTF8.self) }
        return (string(found.cue), found.source.map(string))
    }

    @Test func aBlockedCueLeavesTheRuleFreeToFindALaterOne() throws {
        // The first candidate's cue is the blocked noun; matching goes on to the verb.
        let found = try #require(try attribution("Voters in each state said yes."))
        #expect(found.cue == "said")
        #expect(found.source == "Voters")
    }

    @Test func aSentenceWithOnlyABlockedCueHasNoAttribution() throws {
        #expect(try attribution("Voters in each state agree.") == nil)
        #expect(try attribution("Voters in every state agree.")?.cue == "state")
    }
}
