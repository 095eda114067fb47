/// The tagger's feature hashes: a template number, then one or two 64-bit values, folded as
/// FNV-1a folds bytes. `scripts/learn-tagger.py` builds the same numbers.
enum Feature: UInt64 {
    case bias = 1
    case word, suffix1, suffix2, suffix3, first, shape, previous, next, previous2, next2, previousSuffix, nextSuffix
    case previousShape, nextShape, tag1, tags12, tag1Word, previousWord, cased, suffix4, prefix2, prefix3, nextWord, tag1Next
    /// The lexical model's features: a word out of context.
    case lexicalBias, lexicalWord, lexicalSuffix1, lexicalSuffix2, lexicalSuffix3, lexicalSuffix4, lexicalPrefix2, lexicalPrefix3
    case lexicalCased, lexicalFirst, lexicalShape
    /// The lexical tags after the token.
    case tagNext, tagsNext12, wordTagNext, tagsAround
    /// The lexical model's tag of a common spelling (by cased word and shape), learnt beforehand.
    case lexicalTag

    /// Word values beyond the sentence's ends, and the shape there.
    static let start: UInt64 = 1
    static let start2: UInt64 = 2
    static let end: UInt64 = 3
    static let end2: UInt64 = 4
    static let noShape: UInt64 = 256

    @inline(__always) static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 { (hash ^ value) &* WordHash.prime }

    @inline(__always) static func key(_ template: Feature) -> UInt64 { combine(WordHash.offset, template.rawValue) }

    @inline(__always) static func key(_ template: Feature, _ value: UInt64) -> UInt64 { combine(key(template), value) }

    @inline(__always) static func key(_ template: Feature, _ first: UInt64, _ second: UInt64) -> UInt64 {
        combine(combine(key(template), first), second)
    }
}

/// What the tagger reads from a token's own bytes: hashes of the word (as `TokenEncoding.hash`:
/// lower-cased, an abbreviation's final period left out), of its ends and of its cased form,
/// its first byte and its shape bits.
struct TaggerWord {
    var word: UInt64 = WordHash.offset
    var suffix1: UInt64 = WordHash.offset
    var suffix2: UInt64 = WordHash.offset
    var suffix3: UInt64 = WordHash.offset
    var suffix4: UInt64 = WordHash.offset
    var prefix2: UInt64 = WordHash.offset
    var prefix3: UInt64 = WordHash.offset
    var cased: UInt64 = WordHash.offset
    var first: UInt8 = 0
    var shape: UInt64 = 0

    /// Shape bits.
    static let capitalised: UInt64 = 1, allCaps: UInt64 = 2, digitFirst: UInt64 = 4, digit: UInt64 = 8, hyphen: UInt64 = 16
    static let period: UInt64 = 32, noLetter: UInt64 = 64, initial: UInt64 = 128

    init(_ token: Token, _ text: UnsafeBufferPointer<UInt8>, initial: Bool) {
        let start = token.start
        var end = token.end
        guard end > start else { return }
        first = text[start]
        if end - start > 1, text[end - 1] == 0x2E { end -= 1 }
        let count = end - start
        for (offset, byte) in zip(0..., text[start..<end]) {
            word = WordHash.step(word, byte)
            cased = Feature.combine(cased, UInt64(byte))
            if offset < 2 { prefix2 = WordHash.step(prefix2, byte) }
            if offset < 3 { prefix3 = WordHash.step(prefix3, byte) }
            if offset >= count - 1 { suffix1 = WordHash.step(suffix1, byte) }
            if offset >= count - 2 { suffix2 = WordHash.step(suffix2, byte) }
            if offset >= count - 3 { suffix3 = WordHash.step(suffix3, byte) }
            if offset >= count - 4 { suffix4 = WordHash.step(suffix4, byte) }
        }
        shape = Self.shape(text[token.range], initial: initial)
    }

    /// The words of `tokens[range]`; the first word token of the sentence is the sentence-initial one.
    static func words(_ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [TaggerWord] {
        let initial = tokens.firstIndex { $0.end > $0.start && Self.opensWord(text[$0.start]) }
        return range.map { TaggerWord(tokens[$0], text, initial: $0 == initial) }
    }

    /// A letter, or a byte of a non-ASCII letter (as `Tokenizer` marks a sentence's first word).
    private static func opensWord(_ byte: UInt8) -> Bool { byte.isASCIILetter || (byte >= 0x80 && byte != 0xE2) }

    private static func shape(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, initial: Bool) -> UInt64 {
        guard let first = bytes.first else { return 0 }
        var bits: UInt64 = initial ? Self.initial : 0
        let upper = { (byte: UInt8) in (0x41...0x5A).contains(byte) }
        let second = bytes.dropFirst().first
        if upper(first) || (first == 0xC3 && second.map { (0x80...0x9E).contains($0) } == true) {
            bits |= capitalised
            var letters = 0
            var lower = false
            for byte in bytes where byte.isASCIILetter {
                letters += 1
                lower = lower || !upper(byte)
            }
            if letters >= 2, !lower { bits |= allCaps }
        }
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        if isDigit(first) { bits |= digitFirst }
        if bytes.contains(where: isDigit) { bits |= digit }
        if bytes.dropFirst().contains(0x2D) { bits |= hyphen }
        if bytes.contains(0x2E) { bits |= period }
        if !bytes.contains(where: Tokenizer.isWordByte) { bits |= noLetter }
        return bits
    }
}
