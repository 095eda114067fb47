import Testing

@testable import SourcedCore

/// Source spans as the ledger shows them: never ending on a word that leads on to more (a
/// preposition, conjunction, sentence adverb, determiner or form of "be").
@Suite struct SourceSpanTrimTests {
    func source(_ sentence: String) throws -> String? {
        let text = "A title\n\n" + sentence + "\n"
        let bytes = Array(text.utf8)
        let analysis = try analyze(text)
        let segment = try #require(analysis.segments.first { $0.segment.kind == .sentence })
        return segment.attribution?.source.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func aSourceDoesNotEndOnAPreposition() throws {
        let found = try source("According to eyewitness accounts corroborated by video footage, snipers shot into the crowd.")
        #expect(found?.hasPrefix("eyewitness accounts") == true)
        #expect(found?.hasSuffix(" by") == false)
    }

    @Test func aSourceDoesNotEndOnAnAdverbOfTheVerb() throws {
        #expect(try source("The State Department also said the talks had failed.") == "The State Department")
        #expect(try source("The New York Times later reported that the deal had collapsed.") == "The New York Times")
    }

    @Test func aCommonWordOpeningTheSentenceMayBeANamesFirstWord() throws {
        let sentence = "Fan Mengguang, deputy director of the centre, told the media that the case is isolated."
        #expect(try source(sentence) == "Fan Mengguang")
        #expect(try source("Using Ted Cruz as a foil, the senator said the bill would pass.") == "the senator")
    }
}
