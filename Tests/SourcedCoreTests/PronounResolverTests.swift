import Testing

@testable import SourcedCore

/// What a pronoun source stands for, read from a whole article with the bundled pack.
@Suite struct PronounResolverTests {
    /// The antecedent of each sentence's pronoun source, in order (nil where unresolved).
    func antecedents(_ body: String) throws -> [String?] {
        let analysis = try analyze("A title\n\n" + body + "\n")
        return analysis.segments.compactMap(\.attribution).filter { $0.kind == .pronoun }.map { found in
            found.antecedent.map(analysis.document.string)
        }
    }

    @Test func aThirdPersonPronounTakesANameBeforeItInTheSentence() throws {
        #expect(try antecedents("The talks ended. Peskov left early, and later he said the talks went well.") == ["Peskov"])
    }

    @Test func aFirstPersonPronounInAQuoteStandsForItsSpeakerNotANameBeforeIt() throws {
        let body = """
            “We are glad,” said Avinoam Rubinstain, the company’s founder. “With our enhanced AI technology, my team and I \
            said we would grow.”
            """
        let found = try antecedents(body)
        #expect(found.last == "Avinoam Rubinstain")
        #expect(!found.contains("AI"))
    }

    @Test func aFirstPersonPronounOutsideAQuoteIsTheWriterWhomNoNameStandsFor() throws {
        let body = """
            Digital Foundry said the port runs at 30fps. We called it “an incredible feat when it works.”
            """
        #expect(try antecedents(body) == [nil])
    }
}
