/// A sentence's tokens as the subject of token patterns: per token a marker, its class bits
/// (6 per byte, as 0x40 + bits) and the id of its word if a pattern names it literally.
struct TokenEncoding {
    let tokens: [Token]
    let bytes: [UInt8]

    /// What a pack needs to encode a sentence: exact word classes, literal word ids, a tagger.
    struct Tables: Sendable {
        /// Lower-cased token hash → lexicon bits (single-word forms, and a phrase's first word),
        /// in `gate`: an open-addressing table, one probe per token rather than a SipHash.
        let classes: WordGateTable
        /// Lower-cased token hash → literal word id, in `gate`.
        let words: WordGateTable

        init(classes: [UInt64: UInt64], words: [UInt64: Int], tagsNeeded: Bool) {
            self.classes = WordGateTable(classes.mapValues { WordGateTable.Masks(gate: $0) })
            self.words = WordGateTable(words.mapValues { WordGateTable.Masks(gate: UInt64($0)) })
            self.tagsNeeded = tagsNeeded
        }
        /// Whether any token pattern names a part of speech (then every token is tagged).
        let tagsNeeded: Bool
    }

    init(_ sentence: UnsafeBufferPointer<UInt8>, tokens: [Token]? = nil, tables: Tables, tagger: Tagger?) {
        let tokens = tokens ?? Tokenizer.tokens(sentence)
        self.tokens = tokens
        let width = TokenClass.width
        var bytes = [UInt8](repeating: 0x40, count: tokens.count * width)
        let tagged = tables.tagsNeeded ? tagger.map { $0.tags(of: tokens, text: sentence) } : nil
        for (index, token) in tokens.enumerated() {
            let base = index * width
            bytes[base] = TokenClass.marker
            func set(_ bit: Int) { bytes[base + 1 + bit / TokenClass.bitsPerByte] |= 1 << UInt8(bit % TokenClass.bitsPerByte) }
            let hash = Self.hash(sentence, token)
            var lexicons = tables.classes[hash].gate
            while lexicons != 0 {
                set(lexicons.trailingZeroBitCount)
                lexicons &= lexicons - 1
            }
            for (offset, shape) in TokenClass.shapeNames.enumerated() where token.shape.contains(shape.1) {
                set(TokenClass.lexiconBits + offset)
            }
            if let tagged, let tagger, let bit = TokenClass.bit(named: tagger.tags[tagged[index]]) { set(bit) }
            let id = Int(tables.words[hash].gate)
            if id != 0 {
                bytes[base + width - 2] = 0x40 | UInt8(id >> 6)
                bytes[base + width - 1] = 0x40 | UInt8(id & 0x3F)
            }
        }
        self.bytes = bytes
    }

    /// FNV-1a of the token's bytes, ASCII lower-cased (as `WordHash`).
    static func hash(_ sentence: UnsafeBufferPointer<UInt8>, _ token: Token) -> UInt64 {
        var value = WordHash.offset
        for byte in sentence[token.range] { value = WordHash.step(value, byte) }
        return value
    }

    /// The byte range of tokens `range` of the encoding (encoding offsets), nil when empty.
    func span(of range: Range<Int>) -> Range<Int>? {
        let first = range.lowerBound / TokenClass.width
        let last = (range.upperBound + TokenClass.width - 1) / TokenClass.width
        guard first < last, last <= tokens.count else { return nil }
        return tokens[first].start..<tokens[last - 1].end
    }

    /// The encoding range of the tokens overlapping a sentence byte range.
    func encodingRange(of range: Range<Int>) -> Range<Int>? {
        let overlapping = tokens.indices.filter { tokens[$0].start < range.upperBound && range.lowerBound < tokens[$0].end }
        guard let first = overlapping.first, let last = overlapping.last else { return nil }
        return (first * TokenClass.width)..<((last + 1) * TokenClass.width)
    }

    /// A literal word's id as pattern text.
    static func wordIdText(_ id: Int) -> String { escaped(0x40 | UInt8(id >> 6)) + escaped(0x40 | UInt8(id & 0x3F)) }

    static func escaped(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }
}
