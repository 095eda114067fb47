import Testing

@testable import SourcedCore

private func tokens(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
        Tokenizer.tokens(buffer).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }
}

@Test func tokensSplitPossessivesAndContractionsAsTheTreebankDoes() {
    #expect(tokens("North Korea’s media didn't say.") == ["North", "Korea", "’s", "media", "did", "n't", "say", "."])
    #expect(tokens("the senators' votes") == ["the", "senators", "'", "votes"])
}

@Test func shortCapitalisedAbbreviationsKeepTheirPeriodInsideASentence() {
    #expect(
        tokens("Mr. Obama and John G. Roberts Jr. can't say.") == [
            "Mr.", "Obama", "and", "John", "G.", "Roberts", "Jr.", "ca", "n't", "say", ".",
        ])
    #expect(tokens("He could n't say.") == ["He", "could", "n't", "say", "."])
    // At the end of the sentence the period is the sentence's.
    #expect(tokens("He met Mr. Li.") == ["He", "met", "Mr.", "Li", "."])
}

@Test func tokensKeepInnerHyphensPeriodsAndDigitGroups() {
    #expect(
        tokens("Kim Jong-Un met U.S. envoys on 2,500 “issues”") == [
            "Kim", "Jong-Un", "met", "U.S.", "envoys", "on", "2,500", "“", "issues", "”",
        ])
}

@Test func tokenShapes() {
    let text = Array("NASA said Émile's plan-B".utf8)
    let found = text.withUnsafeBufferPointer { Tokenizer.tokens($0) }
    #expect(found[0].shape.isSuperset(of: [.word, .capitalised, .allCaps, .sentenceInitial]))
    #expect(found[1].shape == .word)
    #expect(found[2].shape.contains(.capitalised))
    #expect(found[3].shape == .possessive)
    #expect(found[4].shape.contains(.hyphenated))
}

/// The tagger's data ships with the rules; its reading of verb-list words decides cues.
@Test(arguments: [
    ("weeks of street protests is over", "protests", "NOUN"),
    ("for the March 21 call to the offices", "call", "NOUN"),
    ("a report released on Monday", "report", "NOUN"),
    ("she will report to the board", "report", "VERB"),
    ("they said it was over", "said", "VERB"),
])
func taggerReadsWordsInContext(sentence: String, word: String, tag: String) throws {
    let tagger = try #require(Package.pack.tagger)
    let bytes = Array(sentence.utf8)
    let read = bytes.withUnsafeBufferPointer { buffer -> String in
        let found = Tokenizer.tokens(buffer)
        let index = found.firstIndex { String(decoding: bytes[$0.range], as: UTF8.self) == word }!
        return tagger.tags[tagger.tag(index, in: found, text: buffer)]
    }
    #expect(read == tag)
}
