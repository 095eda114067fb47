/// Splits a paragraph into sentences on UTF-8 bytes.
///
/// Survives news text: abbreviations and initials, decimals, ellipses, terminal
/// punctuation inside closing quotes and brackets, and `?`/`!` followed by a
/// lower-case continuation ("“Why?” he asked."). The abbreviation lists are data.
package struct SentenceSplitter: Sendable {
    package let abbreviations: Abbreviations

    package init(abbreviations: Abbreviations) { self.abbreviations = abbreviations }

    /// Sentence spans of `span` in `text`, trimmed of surrounding whitespace.
    package func split(_ span: ByteSpan, in text: [UInt8]) -> [ByteSpan] {
        var sentences: [ByteSpan] = []
        var start = span.start
        var index = span.start
        while index < span.end {
            guard let terminatorEnd = Self.terminatorRun(text, at: index, limit: span.end) else {
                index += 1
                continue
            }
            let closed = Self.skipClosers(text, from: terminatorEnd, limit: span.end)
            if isBoundary(text, terminator: index, terminatorEnd: terminatorEnd, closed: closed, limit: span.end),
                !Self.insideShortQuotation(text, from: start, terminator: index, after: closed, limit: span.end)
            {
                if let sentence = PlainTextReader.trim(ByteSpan(start, closed), in: text) {
                    sentences.append(sentence)
                }
                start = closed
            }
            index = max(closed, index + 1)
        }
        if let rest = PlainTextReader.trim(ByteSpan(start, span.end), in: text) {
            sentences.append(rest)
        }
        return sentences
    }

    private func isBoundary(_ text: [UInt8], terminator: Int, terminatorEnd: Int, closed: Int, limit: Int) -> Bool {
        if closed >= limit { return true }
        guard PlainTextReader.isSpace(text, at: closed) else { return false }
        var next = closed
        while next < limit, PlainTextReader.isSpace(text, at: next) { next += PlainTextReader.spaceLength(text, at: next) }
        if next >= limit { return true }
        guard Self.startsSentence(text, at: next) else { return false }
        // Only a single full stop can belong to an abbreviation; "...", "?" and "!" end here.
        guard text[terminator] == UInt8(ascii: "."), terminatorEnd == terminator + 1 else { return true }
        let word = Self.word(endingAt: terminator, in: text)
        guard !word.isEmpty else { return true }
        if word.count == 1, let initial = word.first, Self.isUpper(initial) { return false }  // an initial: "John F. Kennedy"
        let key = word.map(\.asciiLowercased)
        if abbreviations.neverFinal.contains(key) { return false }
        if abbreviations.maybeFinal.contains(key) || word.contains(UInt8(ascii: ".")) {
            return Self.isOpeningQuote(text, at: next)
                || abbreviations.starters.contains(Self.word(startingAt: next, in: text, limit: limit))
        }
        return true
    }

    /// Whether a full stop stands inside a short quotation opened within this sentence that
    /// closes a few words later: a slogan or title ("the slogan “Meth. We’re on it.” on
    /// Monday"), not two sentences.
    static func insideShortQuotation(_ text: [UInt8], from start: Int, terminator: Int, after: Int, limit: Int) -> Bool {
        func mark(_ index: Int) -> UInt8? {
            index + 2 < limit && text[index] == 0xE2 && text[index + 1] == 0x80 ? text[index + 2] : nil
        }
        // The nearest curly mark before the full stop opens the quotation, a few words back. Both
        // searches are bounded: a line of many such marks stays linear.
        var index = terminator - 1
        var opened: Int?
        while index >= max(start, terminator - maxSloganTail) {
            if let found = mark(index) {
                if found == 0x9C { opened = index }
                break
            }
            index -= 1
        }
        guard let opened else { return false }
        // Something of the sentence stands before it: a quotation that opens the sentence is
        // speech, its sentences split as any ("“They love rockets. And we …”").
        var before = opened - 1
        while before >= start, [0x20, 0x09, 0x0A, 0x0D, 0xA0, 0xC2].contains(text[before]) { before -= 1 }
        guard before >= start else { return false }
        // Closed within a few words, with no new quotation opened first.
        for index in after..<min(limit, after + maxSloganTail) {
            switch mark(index) {
            case 0x9D: return true
            case 0x9C: return false
            default: continue
            }
        }
        return false
    }

    /// How far (bytes) a quotation may run before and after a full stop and still be one sentence.
    static let maxSloganTail = 32

    /// End of a run of terminal punctuation starting at `index`, or nil if none starts there.
    static func terminatorRun(_ text: [UInt8], at index: Int, limit: Int) -> Int? {
        var end = index
        while end < limit {
            let byte = text[end]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
                end += 1
            } else if byte == 0xE2, end + 2 < limit, text[end + 1] == 0x80, text[end + 2] == 0xA6 {
                end += 3  // …
            } else {
                break
            }
        }
        return end > index ? end : nil
    }

    /// Skips closing quotes and brackets after terminal punctuation.
    static func skipClosers(_ text: [UInt8], from index: Int, limit: Int) -> Int {
        var end = index
        while end < limit {
            switch text[end] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                end += 1
            case 0xE2 where end + 2 < limit && text[end + 1] == 0x80 && (text[end + 2] == 0x9D || text[end + 2] == 0x99):
                end += 3  // ” ’
            case 0xC2 where end + 1 < limit && text[end + 1] == 0xBB:
                end += 2  // »
            default:
                return end
            }
        }
        return end
    }

    static func startsSentence(_ text: [UInt8], at index: Int) -> Bool {
        let byte = text[index]
        if isUpper(byte) || (0x30...0x39).contains(byte) { return true }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["),
            UInt8(ascii: "_"), UInt8(ascii: "<"), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "*"):
            return true
        case 0xE2:
            return isOpeningQuote(text, at: index)
                || (index + 2 < text.count && text[index + 1] == 0x80 && (0x92...0x94).contains(text[index + 2]))
        case 0xC3: return index + 1 < text.count && (0x80...0x9E).contains(text[index + 1])  // À–Þ
        case 0xC2: return index + 1 < text.count && text[index + 1] == 0xAB  // «
        default: return false
        }
    }

    static func isOpeningQuote(_ text: [UInt8], at index: Int) -> Bool {
        if text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") { return true }
        return index + 2 < text.count && text[index] == 0xE2 && text[index + 1] == 0x80
            && (text[index + 2] == 0x9C || text[index + 2] == 0x98)  // “ ‘
    }

    /// The word before a full stop at `end`, dots inside it kept ("U.S", "a.m").
    static func word(endingAt end: Int, in text: [UInt8]) -> ArraySlice<UInt8> {
        var start = end
        while start > 0 {
            let byte = text[start - 1]
            guard byte.isASCIILetter || byte == UInt8(ascii: ".") else { break }
            start -= 1
        }
        return text[start..<end]
    }

    /// The lower-cased word starting at `index`.
    static func word(startingAt index: Int, in text: [UInt8], limit: Int) -> [UInt8] {
        var end = index
        while end < limit, text[end].isASCIILetter { end += 1 }
        return text[index..<end].map(\.asciiLowercased)
    }

    static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
}

/// Abbreviation data for the sentence splitter, loaded from `Rules/`.
package struct Abbreviations: Sendable {
    /// Lower-cased abbreviations that never end a sentence ("mr", "dr", "gen").
    package var neverFinal: Set<[UInt8]>
    /// Lower-cased abbreviations that end a sentence only before a sentence starter ("u.s", "inc").
    package var maybeFinal: Set<[UInt8]>
    /// Lower-cased words that typically start a sentence ("the", "he", "but").
    package var starters: Set<[UInt8]>

    package init(neverFinal: [String] = [], maybeFinal: [String] = [], starters: [String] = []) {
        func keys(_ words: [String]) -> Set<[UInt8]> {
            Set(words.map { Array($0.lowercased().utf8) })
        }
        self.neverFinal = keys(neverFinal.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
        self.maybeFinal = keys(maybeFinal.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
        self.starters = keys(starters)
    }
}
