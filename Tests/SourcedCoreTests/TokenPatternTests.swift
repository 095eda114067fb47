import PCRE2
import Testing

@testable import SourcedCore

/// A token pattern compiled by the pack, run over a sentence: the matched words.
private func matches(_ tokens: String, _ sentence: String) throws -> [String] {
    let pack = Package.pack
    let bits = pack.lexicons.mapValues(\.bit)
    let lexicons = LexiconTokens(pack.lexicons)
    let compiled = try TokenPattern(tokens, lexicons: bits, words: [:], multiWord: lexicons.multiWord)
    let words = Dictionary(compiled.words.map { (WordHash.hash(Array($0.key.utf8)), $0.value) }, uniquingKeysWith: { a, _ in a })
    let tables = TokenEncoding.Tables(lexicons: lexicons, words: words, tagsNeeded: compiled.usesTags)
    let pattern = try Pattern(compiled.regex)
    let bytes = Array(sentence.utf8)
    return try bytes.withUnsafeBufferPointer { text in
        let encoding = TokenEncoding(text, tables: tables, tagger: pack.tagger)
        let found = try encoding.bytes.withUnsafeBufferPointer { try Matcher().allMatches(pattern, in: $0) }
        return found.compactMap { encoding.span(of: $0.range).map { String(decoding: bytes[$0], as: UTF8.self) } }
    }
}

@Test func classesLiteralsAndQuantifiersMatchWholeTokens() throws {
    #expect(
        try matches("{roles} {Cap}+", "The prime minister Boris Johnson spoke to Governor Newsom.") == [
            "prime minister Boris Johnson", "Governor Newsom",
        ])
    #expect(try matches("according to _", "It fell, according to police.") == ["according to police"])
    #expect(try matches("said|told", "He said and she told and they sold.") == ["said", "told"])
}

@Test func aNegatedItemLooksAheadWithoutConsuming() throws {
    #expect(try matches("{passive-auxiliaries} {reporting-participles} !by", "It was reported by AP; it was reported.") == ["was reported"])
}

@Test func partsOfSpeechComeFromTheTagger() throws {
    #expect(try matches("{DET} {NOUN}", "The protests ended.") == ["The protests"])
}

@Test func anUnknownClassOrUnbalancedGroupIsAnError() {
    #expect(throws: TokenPattern.Failure.unknownClass("nonsense")) { try TokenPattern("{nonsense}", lexicons: [:], words: [:]) }
    #expect(throws: TokenPattern.Failure.unbalanced) { try TokenPattern("(said", lexicons: [:], words: [:]) }
}

@Test func aMatchNeverStartsInsideAToken() throws {
    // Class bytes can hold the marker's neighbours' values; only token starts match.
    #expect(try matches("_ _", "one two three four") == ["one two", "three four"])
}

@Test func aFormOfSeveralWordsIsOneItemAndOnlyWhereAllItsWordsFollow() throws {
    // "made clear" is a reporting verb; "took" alone is not ("took aim" is).
    #expect(try matches("{reporting-verbs}", "He made clear that he took the bus.") == ["made clear"])
    #expect(try matches("{reporting-verbs} that", "He made clear that he took aim.") == ["made clear that"])
}

@Test func lookaheadsEscapesAndLazyCountedRepeats() throws {
    #expect(try matches("\\( _{1,8}? \\)", "It (the plan) failed (badly).") == ["(the plan)", "(badly)"])
    #expect(try matches("said &that", "He said that; she said it.") == ["said"])
    #expect(try matches("{Ly} said", "He quickly said so.") == ["quickly said"])
}

@Test func aLookaheadOverSeveralTokensConsumesNone() throws {
    // The second "vote" is found too: the look-ahead past the first consumed nothing.
    #expect(try matches("vote !( _{0,3}? for )", "They vote as they vote early.") == ["vote", "vote"])
    #expect(try matches("vote !( _{0,3}? for )", "They vote in May for him.").isEmpty)
    #expect(try matches("in &( the {Cap} )", "It is in the House, in the end.") == ["in"])
    // What a negative look-ahead holds is no word every match requires.
    #expect(try TokenPattern("said !( by the )", lexicons: [:], words: [:]).requiredWords == ["said"])
}

@Test func wordEndingsAreShapes() throws {
    // A lower-case "s" ends "States", not "CBS"; "nothing" ends in "ing", "King" is capitalised.
    #expect(try matches("{S} like", "States like Ohio and CBS like it.") == ["States like"])
    #expect(try matches("show !{Ing}", "They show nothing; they show King; they show it.") == ["show", "show"])
}

@Test func phrasesAreFoundOncePerSentenceAndReadWhole() throws {
    let view = TokenView("But Kremlin spokesperson Dmitry Peskov said on Tuesday.", pack: Package.pack)
    let marks = view.rows.map { row in row.classes.first { $0.hasPrefix("{") || $0.hasPrefix("…") } ?? "" }
    #expect(marks == ["", "{source", "…source", "…source", "…source", "", "", "", ""])
    // A name is no month, weekday or sentence-initial common word.
    let names = TokenView("However, Trump met Putin in April.", pack: Package.pack).rows.filter { $0.classes.contains("Name") }
    #expect(names.map(\.text) == ["Trump", "Putin"])
}

@Test func theMostSelectiveWordEveryMatchHoldsGatesTheRule() throws {
    let words = try TokenPattern("(?<cue>according to) {Word}", lexicons: [:], words: [:]).requiredWords
    #expect(words == ["according"])
    #expect(try TokenPattern("as (?<cue>said|told) by", lexicons: [:], words: [:]).requiredWords == ["said", "told"])
    // Alternatives require one of their words each; an optional item, or an alternative of no word, nothing.
    #expect(try TokenPattern("also? said", lexicons: [:], words: [:]).requiredWords == ["said"])
    #expect(try TokenPattern("said | (?<cue>told) him", lexicons: [:], words: [:]).requiredWords == ["said", "told"])
    #expect(try TokenPattern("said | {Word}", lexicons: [:], words: [:]).requiredWords == nil)
    #expect(try TokenPattern("(said)? {Word}", lexicons: [:], words: [:]).requiredWords == nil)
}

@Test func anEncodingRangeCoversExactlyTheTokensARangeOverlaps() {
    let sentence = Array("Officials said, “Meth. We’re on it,” and the mayor’s aide agreed on Tuesday.".utf8)
    sentence.withUnsafeBufferPointer { text in
        let tables = TokenEncoding.Tables(lexicons: LexiconTokens(Package.pack.lexicons), words: [:], tagsNeeded: false)
        let encoding = TokenEncoding(text, tables: tables, tagger: nil)
        let tokens = encoding.tokens
        for start in 0...text.count {
            for end in start...text.count {
                // What the binary searches must give: the first and last token overlapping the range.
                let overlapping = tokens.indices.filter { tokens[$0].start < end && start < tokens[$0].end }
                let expected = overlapping.first.map { ($0 * TokenClass.width)..<((overlapping.last! + 1) * TokenClass.width) }
                #expect(encoding.encodingRange(of: start..<end) == expected, "range \(start)..<\(end)")
            }
        }
    }
}
