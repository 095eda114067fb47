/// A source span read as words: trimmed of what cannot start a source ("But Trump" → "Trump"),
/// refused when nothing that can speak is left ("April", "On Tuesday", "One"), and typed by
/// its head and determiner where the character-level source rules cannot see them.
struct SourcePhrase {
    /// The phrase's span in the sentence, trimmed.
    let range: Range<Int>
    private let tokens: [Token]
    private let classes: [UInt64]
    /// The phrase opens the sentence with a capitalised common word ("Consumer advocates").
    private let opensWithCommonWord: Bool

    /// Nil when the span holds no phrase that can speak.
    init?(
        _ span: Range<Int>, in sentence: UnsafeBufferPointer<UInt8>, gates: WordGateTable, words: WordClasses, tagger: Tagger? = nil
    ) {
        let all = Tokenizer.tokens(UnsafeBufferPointer(rebasing: sentence[span]))
        let bits = all.map { Self.lexiconBits($0, sentence, from: span.lowerBound, gates: gates) }
        // Skip what opens the span but cannot speak: conjunctions, prepositions, sentence
        // adverbs, punctuation and dates ("On Thursday, however, Trump" → "Trump").
        var first = 0
        var inDate = false
        while first < all.count {
            let shape = all[first].shape
            let isDate = bits[first] & (words.months | words.weekdays) != 0 || (inDate && shape.contains(.number))
            let isMark = shape.contains(.punctuation) || shape.contains(.possessive)
            guard isMark || isDate || bits[first] & words.openers != 0 else { break }
            inDate = isDate || (inDate && isMark)
            first += 1
        }
        // "That" alone is a demonstrative ("That shows …"), not the opener of a clause.
        if first == all.count, all.count == 1, bits[0] & words.determiners != 0 { first = 0 }
        guard first < all.count, all[first].shape.contains(.word) || all[first].shape.contains(.number) else { return nil }
        // Nor does it end on a word that leads to more or belongs to the verb ("eyewitness accounts
        // corroborated by", "The State Department also").
        var last = all.count - 1
        let trailing = words.openers | words.determiners | words.passiveAuxiliaries
        while last > first, all[last].shape.contains(.word), bits[last] & trailing != 0 { last -= 1 }
        let rest = Array(all[first...last])
        let restBits = Array(bits[first...last])
        let spoken = rest.filter { $0.shape.contains(.word) }.count
        // A lone number word names nobody when it opens the phrase capitalised ("One said");
        // "by one estimate" keeps its source.
        let mute = rest[0].shape.contains(.capitalised) ? words.mute : words.mute & ~words.numerals
        if spoken == 1, rest.count == 1, restBits[0] & mute != 0 { return nil }
        range = (span.lowerBound + rest[0].start)..<(last == all.count - 1 ? span.upperBound : span.lowerBound + rest[rest.count - 1].end)
        tokens = rest
        classes = restBits
        let atStart = !sentence[0..<range.lowerBound].contains(where: Tokenizer.isWordByte)
        let opener = Token(start: range.lowerBound, end: span.lowerBound + rest[0].end, shape: rest[0].shape)
        opensWithCommonWord = atStart && rest[0].shape.contains(.capitalised) && tagger?.isCommonWord(opener, sentence) == true
    }

    /// The kind the phrase's words argue for, given the kind the source rules decided.
    /// A vague group without an owner or definite determiner ("Analysts", "Legal experts",
    /// "Businesses and residents", "Middle East observers") is vague; a named kind with no capitalised word beyond
    /// a sentence-initial one ("the campaign", "government") is an institution: anonymous.
    func kind(decided: SourceKind, words: WordClasses, sentence: UnsafeBufferPointer<UInt8>) -> SourceKind {
        guard decided == .named || decided == .anonymous else { return decided }
        let content = tokens.indices.filter { tokens[$0].shape.contains(.word) && classes[$0] & words.conjunctions == 0 }
        guard let head = content.last else { return decided }
        // A possessive pronoun alone ("his" of "his plan") stands for a person: resolved like "he".
        if content.count == 1, classes[head] & words.pronouns != 0 { return .pronoun }
        let anchored = isNamed(words)
        let opener = content.first.map { Self.word(tokens[$0], sentence, from: range.lowerBound - tokens[0].start) }
        // "the", "this", "these", "those" or a possessive pronoun: a group already introduced.
        let definite =
            opener.map { ["the", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your"].contains($0) } ?? false
        let nobody = classes[head] & words.indefinites != 0 || (content.count == 2 && classes[content[0]] & words.indefinites != 0)
        // A group is placed, not named, by capitalised words before it ("Middle East observers",
        // "Twitter users"); a possessive owner ("Goldman's analysts") names whose group it is.
        let owned = (0..<head).contains { index in
            tokens[index].shape.contains(.possessive)
                && (tokens[index].shape.contains(.capitalised) || (index > 0 && tokens[index - 1].shape.contains(.capitalised)))
        }
        if (classes[head] & words.vagueGroups != 0 && !owned && !definite) || nobody { return .vague }
        // "A Taliban representative", "a New York man": someone unnamed, whatever modifies them.
        let unnamed = opener.map { ["a", "an", "another"].contains($0) } ?? false
        // "Health authorities", "Democratic lawmakers", "GOP legislative leaders": a lower-case
        // plural placed by capitalised words is a body of people nobody names.
        let placedGroup = !owned && !tokens[head].shape.contains(.capitalised) && tokens[head].shape.contains(.sEnding)
        if decided == .named, !anchored || placedGroup || (unnamed && !tokens[head].shape.contains(.capitalised)) { return .anonymous }
        return decided
    }

    /// Whether a capitalised word names someone: one that is not a class word ("The", "Analysts")
    /// or a pronoun.
    func isNamed(_ words: WordClasses) -> Bool {
        tokens.indices.contains { index in
            tokens[index].shape.contains(.capitalised) && classes[index] & (words.common | words.indefinites) == 0
                && !(index == 0 && opensWithCommonWord)
        }
    }

    /// A token's word, lower case.
    private static func word(_ token: Token, _ sentence: UnsafeBufferPointer<UInt8>, from offset: Int) -> String {
        String(decoding: sentence[(token.start + offset)..<(token.end + offset)], as: UTF8.self).lowercased()
    }

    /// The lexicon bits of a word token: the pack's word gates keyed on its first run of letters.
    private static func lexiconBits(_ token: Token, _ sentence: UnsafeBufferPointer<UInt8>, from offset: Int, gates: WordGateTable)
        -> UInt64
    {
        guard token.shape.contains(.word) else { return 0 }
        var hash = WordHash.offset
        for byte in sentence[(token.start + offset)..<(token.end + offset)] {
            guard byte.isASCIILetter else { break }
            hash = WordHash.step(hash, byte)
        }
        return gates[hash].gate
    }
}
