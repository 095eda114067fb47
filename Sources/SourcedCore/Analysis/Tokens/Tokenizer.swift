/// Splits a sentence into tokens once, so that every rule and the tagger read the same words.
///
/// Words keep inner hyphens and periods ("Jong-Un", "U.S."); a possessive or contraction
/// ending ("'s", "’s", "n't") is a token of its own, as in the treebank the tagger learnt from.
enum Tokenizer {
    static func tokens(_ text: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            if let width = apostrophe(text, at: index), index > 0, isWordByte(text[index - 1]) {
                // "'s", "’s": a possessive; "'" after an s ("the senators' votes") likewise.
                let next = index + width
                if next < text.count, text[next] | 0x20 == 0x73, next + 1 >= text.count || !isWordByte(text[next + 1]) {
                    tokens.append(Token(start: index, end: next + 1, shape: [.possessive]))
                    index = next + 1
                    continue
                }
                if text[index - 1] | 0x20 == 0x73, next >= text.count || !isWordByte(text[next]) {
                    tokens.append(Token(start: index, end: next, shape: [.possessive]))
                    index = next
                    continue
                }
            }
            // "n't" after its verb, or apart from it as the treebanks write it ("could n't").
            if byte | 0x20 == 0x6E, index == 0 || isWordByte(text[index - 1]) || text[index - 1] == 0x20,
                let width = apostrophe(text, at: index + 1), index + 1 + width < text.count, text[index + 1 + width] | 0x20 == 0x74,
                index + 2 + width >= text.count || !isWordByte(text[index + 2 + width])
            {
                tokens.append(Token(start: index, end: index + 2 + width, shape: .word))
                index += 2 + width
                continue
            }
            if isWordByte(byte) {
                let end = wordEnd(text, from: index)
                tokens.append(Token(start: index, end: end, shape: shape(text, index, end)))
                index = end
                continue
            }
            let width = sequenceWidth(byte)
            let end = min(text.count, index + width)
            let isQuote = byte == 0x22 || byte == 0x27 || isCurlyQuote(text, at: index)
            var shape: Token.Shape = isQuote ? [.punctuation, .quote] : .punctuation
            if isQuote, isOpening(text, at: index) { shape.insert(.opening) }
            tokens.append(Token(start: index, end: end, shape: shape))
            index = end
        }
        if let first = tokens.firstIndex(where: { $0.shape.contains(.word) }) { tokens[first].shape.insert(.sentenceInitial) }
        return tokens
    }

    /// Letters, digits and the bytes of non-ASCII letters (typographic punctuation excluded).
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || (0x30...0x39).contains(byte) || (byte >= 0x80 && byte != 0xE2)
    }

    /// Where a word starting at `start` ends: letters, digits, non-ASCII letters, and a hyphen,
    /// period or comma inside it ("Jong-Un", "U.S.", "2,500"), but not an apostrophe ending.
    private static func wordEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < text.count {
            let byte = text[index]
            if byte == 0xE2 { break }
            if isWordByte(byte) {
                index += 1
                continue
            }
            let joins = byte == 0x2D || byte == 0x2E || (byte == 0x2C && (0x30...0x39).contains(text[index - 1]))
            guard joins, index + 1 < text.count, isWordByte(text[index + 1]) else {
                // "U.S." keeps its last period when the word is letters and periods; so do a short
                // capitalised abbreviation or initial inside the sentence ("Mr.", "Jr.", "G.").
                if byte == 0x2E, index - start >= 2, text[index - 2] == 0x2E {
                    index += 1
                } else if byte == 0x2E, isAbbreviation(text, start, index) {
                    index += 1
                }
                break
            }
            index += 1
        }
        // "n't" stays apart: "didn't" → "did" "n't".
        if index - start >= 2, text[index - 1] == 0x6E, let width = apostrophe(text, at: index), index + width < text.count,
            text[index + width] == 0x74
        {
            return index - 1
        }
        return index
    }

    /// A capitalised word of at most four letters followed by a period and more of the
    /// sentence: the splitter did not end the sentence there, so the period is the word's.
    private static func isAbbreviation(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ period: Int) -> Bool {
        guard period - start <= 4, (0x41...0x5A).contains(text[start]), text[start..<period].allSatisfy(\.isASCIILetter) else {
            return false
        }
        var next = period + 1
        while next < text.count, text[next] == 0x20 { next += 1 }
        return next > period + 1 && next < text.count && (text[next].isASCIILetter || (0x30...0x39).contains(text[next]))
    }

    private static func shape(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Token.Shape {
        let first = text[start]
        if (0x30...0x39).contains(first) { return .number }
        var shape: Token.Shape = .word
        let isUpper = { (byte: UInt8) in (0x41...0x5A).contains(byte) }
        if isUpper(first) || (first == 0xC3 && start + 1 < end && (0x80...0x9E).contains(text[start + 1])) {
            shape.insert(.capitalised)
            let letters = text[start..<end].filter(\.isASCIILetter)
            if letters.count >= 2, letters.allSatisfy(isUpper) { shape.insert(.allCaps) }
        }
        if text[start..<end].contains(0x2D) { shape.insert(.hyphenated) }
        if end - start >= 4, (0x61...0x7A).contains(first), text[end - 2] == 0x6C, text[end - 1] == 0x79 { shape.insert(.lyEnding) }
        if end - start >= 2, text[end - 1] == 0x73 { shape.insert(.sEnding) }
        if end - start >= 4, (0x61...0x7A).contains(first), text[end - 3] == 0x69, text[end - 2] == 0x6E, text[end - 1] == 0x67 {
            shape.insert(.ingEnding)
        }
        return shape
    }

    /// The width of an apostrophe (' or ’) at `index`, nil when there is none.
    private static func apostrophe(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index < text.count else { return nil }
        if text[index] == 0x27 { return 1 }
        if text[index] == 0xE2, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] == 0x99 { return 3 }
        return nil
    }

    /// An opening quotation mark: “ or ‘, or a straight one at the start or after a space or
    /// an opening bracket or dash (a straight one after a word closes a quotation).
    private static func isOpening(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if text[index] == 0xE2 { return text[index + 2] == 0x9C || text[index + 2] == 0x98 }
        guard index > 0 else { return true }
        let before = text[index - 1]
        return before == 0x20 || before == 0x0A || before == 0x09 || before == 0x28 || before == 0x5B || before == 0x2D || before == 0x94
            || before == 0x93
    }

    private static func isCurlyQuote(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard text[index] == 0xE2, index + 2 < text.count, text[index + 1] == 0x80 else { return false }
        return (0x98...0x9F).contains(text[index + 2])
    }

    private static func sequenceWidth(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
