import PCRE2

/// A sentence's tokens as the subject of token patterns: per token a marker, its class bits
/// (6 per byte, as 0x40 + bits) and the id of its word if a pattern names it literally.
struct TokenEncoding {
    let tokens: [Token]
    private(set) var bytes: [UInt8]

    /// What a pack needs to encode a sentence: word classes, literal word ids, a tagger.
    struct Tables: Sendable {
        /// The lexicons by token (one probe per token rather than a SipHash).
        let lexicons: LexiconTokens
        /// Lower-cased token hash → literal word id, in `gate`.
        let words: WordGateTable
        /// Whether any token pattern names a part of speech (then every token is tagged).
        let tagsNeeded: Bool
        /// Lexicons whose words are never part of a name, capitalised or not (see `TokenClass.name`).
        let notNames: UInt64

        init(lexicons: LexiconTokens, words: [UInt64: Int], tagsNeeded: Bool, notNames: UInt64 = 0) {
            self.lexicons = lexicons
            self.words = WordGateTable(words.mapValues { WordGateTable.Masks(gate: UInt64($0)) })
            self.tagsNeeded = tagsNeeded
            self.notNames = notNames
        }

        private init(lexicons: LexiconTokens, words: WordGateTable, tagsNeeded: Bool, notNames: UInt64) {
            self.lexicons = lexicons
            self.words = words
            self.tagsNeeded = tagsNeeded
            self.notNames = notNames
        }

        /// The same tables, tagging every token.
        var tagged: Tables { Tables(lexicons: lexicons, words: words, tagsNeeded: true, notNames: notNames) }
    }

    init(_ sentence: UnsafeBufferPointer<UInt8>, tokens: [Token]? = nil, tables: Tables, tagger: Tagger?) {
        let tokens = tokens ?? Tokenizer.tokens(sentence)
        self.tokens = tokens
        let width = TokenClass.width
        var bytes = [UInt8](repeating: 0x40, count: tokens.count * width)
        let hashes = tokens.map { Self.hash(sentence, $0) }
        var more = 0
        let tagged = tables.tagsNeeded ? tagger.map { $0.lexicalTags(of: tokens, text: sentence) } : nil
        for (index, token) in tokens.enumerated() {
            let base = index * width
            bytes[base] = TokenClass.marker
            func set(_ bit: Int) { bytes[base + 1 + bit / TokenClass.bitsPerByte] |= 1 << UInt8(bit % TokenClass.bitsPerByte) }
            if more > 0 {
                set(TokenClass.more)
                more -= 1
            }
            let found = tables.lexicons.classes(at: index, hashes: hashes)
            more = max(more, found.more)
            var lexicons = found.bits
            while lexicons != 0 {
                set(lexicons.trailingZeroBitCount)
                lexicons &= lexicons - 1
            }
            for (offset, shape) in TokenClass.shapeNames.enumerated() where token.shape.contains(shape.1) {
                set(TokenClass.lexiconBits + offset)
            }
            if Self.isName(token, lexicons: found.bits, sentence, tables: tables, tagger: tagger)
                || Self.opensName(index, tokens, sentence, lexicons: found.bits, hashes: hashes, tables: tables)
            {
                set(TokenClass.name)
            }
            if let tagged, let tagger {
                let bit = tagger.classBits[tagged[index]]
                if bit >= 0 { set(bit) }
            }
            let id = Int(tables.words[hashes[index]].gate)
            if id != 0 {
                bytes[base + width - 2] = 0x40 | UInt8(id >> 6)
                bytes[base + width - 1] = 0x40 | UInt8(id & 0x3F)
            }
        }
        self.bytes = bytes
    }

    /// A capitalised word that can be part of a name: no function word, date or number word,
    /// and not a common word that is capitalised only because it opens the sentence.
    private static func isName(
        _ token: Token, lexicons: UInt64, _ sentence: UnsafeBufferPointer<UInt8>, tables: Tables, tagger: Tagger?
    ) -> Bool {
        guard token.shape.contains(.capitalised), lexicons & tables.notNames == 0 else { return false }
        return !token.shape.contains(.sentenceInitial) || tagger?.isCommonWord(token, sentence) != true
    }

    /// A sentence-initial capitalised word that reads as a common one ("Fan", "Will", "Rich")
    /// is still a name's first word when a capitalised name follows it: "Fan Mengguang,
    /// deputy director …, told".
    private static func opensName(
        _ index: Int, _ tokens: [Token], _ sentence: UnsafeBufferPointer<UInt8>, lexicons: UInt64, hashes: [UInt64], tables: Tables
    ) -> Bool {
        let token = tokens[index]
        guard token.shape.contains(.sentenceInitial), token.shape.contains(.capitalised),
            lexicons & tables.notNames == 0, index + 1 < tokens.count
        else { return false }
        // "Using Ted Cruz?": a verb's -ing form opens a clause, not a name.
        let ending = token.end - token.start >= 4 ? Array(sentence[(token.end - 3)..<token.end]).map(\.asciiLowercased) : []
        guard ending != Array("ing".utf8) else { return false }
        let next = tokens[index + 1]
        guard next.shape.contains(.capitalised), !next.shape.contains(.allCaps), !next.shape.contains(.possessive) else { return false }
        return tables.lexicons.classes(at: index + 1, hashes: hashes).bits & tables.notNames == 0
    }

    /// Marks the tokens of each phrase rule's matches (phrase `index` is the rule's place among
    /// the phrase rules), left to right, longest first. Returns the rules a match limit stopped.
    mutating func markPhrases(_ phrases: [CompiledRule], matcher: Matcher) -> [String] {
        var stopped: [String] = []
        let width = TokenClass.width
        for (index, rule) in phrases.enumerated() {
            guard let pattern = rule.pattern else { continue }
            let found: [Match]
            do {
                found = try bytes.withUnsafeBufferPointer { (subject) throws(PCRE2Error) in try matcher.allMatches(pattern, in: subject) }
            } catch {
                stopped.append(rule.id)
                continue
            }
            for match in found where !match.range.isEmpty {
                let first = match.range.lowerBound / width
                let last = (match.range.upperBound - 1) / width
                for token in first...last {
                    set(token == first ? TokenClass.phraseStart(index) : TokenClass.phraseInside(index), of: token)
                }
            }
        }
        return stopped
    }

    private mutating func set(_ bit: Int, of token: Int) {
        bytes[token * TokenClass.width + 1 + bit / TokenClass.bitsPerByte] |= 1 << UInt8(bit % TokenClass.bitsPerByte)
    }

    /// FNV-1a of the token's bytes, ASCII lower-cased (as `WordHash`), without the period of an
    /// abbreviation ("Sen." is "sen", as the word lists write "sen.").
    static func hash(_ sentence: UnsafeBufferPointer<UInt8>, _ token: Token) -> UInt64 {
        var end = token.end
        if end - token.start > 1, sentence[end - 1] == 0x2E { end -= 1 }
        var value = WordHash.offset
        for byte in sentence[token.start..<end] { value = WordHash.step(value, byte) }
        return value
    }

    /// The same hash of a word given as bytes.
    static func hash(word: [UInt8]) -> UInt64 {
        word.withUnsafeBufferPointer { hash($0, Token(start: 0, end: word.count, shape: .word)) }
    }

    /// The byte range of tokens `range` of the encoding (encoding offsets), nil when empty.
    func span(of range: Range<Int>) -> Range<Int>? {
        let first = range.lowerBound / TokenClass.width
        let last = (range.upperBound + TokenClass.width - 1) / TokenClass.width
        guard first < last, last <= tokens.count else { return nil }
        return tokens[first].start..<tokens[last - 1].end
    }

    /// The encoding range of the tokens overlapping a sentence byte range. Tokens are in text
    /// order and do not overlap: two binary searches, as every refused cue of every token rule
    /// asks (a linear scan made a long sentence with many refused cues quadratic).
    func encodingRange(of range: Range<Int>) -> Range<Int>? {
        // The first token ending after the range starts, and the first starting at or after its end.
        func firstIndex(where isPast: (Token) -> Bool) -> Int {
            var (low, high) = (0, tokens.count)
            while low < high {
                let middle = (low + high) / 2
                if isPast(tokens[middle]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let first = firstIndex { $0.end > range.lowerBound }
        let end = firstIndex { $0.start >= range.upperBound }
        guard first < end else { return nil }
        return (first * TokenClass.width)..<(end * TokenClass.width)
    }

    /// A literal word's id as pattern text.
    static func wordIdText(_ id: Int) -> String { escaped(0x40 | UInt8(id >> 6)) + escaped(0x40 | UInt8(id & 0x3F)) }

    /// `\xNN` of a byte: thousands are written while the pack compiles, at every start-up.
    static func escaped(_ byte: UInt8) -> String { escapes[Int(byte)] }

    private static let escapes: [String] = (0...255).map { byte in
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [UInt8(ascii: "\\"), UInt8(ascii: "x"), digits[byte >> 4], digits[byte & 0xF]], as: UTF8.self)
    }
}
