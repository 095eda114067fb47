/// The class bits a token carries in the encoding token patterns run over: its lexicons
/// (bits 0–63, by lexicon bit), its shape (64–72) and its part of speech (73–89).
enum TokenClass {
    static let lexiconBits = 64
    static let shapeNames: [(String, Token.Shape)] = [
        ("Word", .word), ("Number", .number), ("Punct", .punctuation), ("Quote", .quote), ("Cap", .capitalised),
        ("CAPS", .allCaps), ("Initial", .sentenceInitial), ("Hyphenated", .hyphenated), ("Possessive", .possessive),
    ]
    static let firstTag = lexiconBits + shapeNames.count
    static let tagNames = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
        "SYM", "VERB", "X",
    ]
    static let count = firstTag + tagNames.count

    /// Data bits per encoded byte: each byte is 0x40 + 6 bits, so the encoding is ASCII (valid UTF-8).
    static let bitsPerByte = 6
    /// Bytes for the word id of a literal word (12 bits: up to 4,095 literal words in a pack).
    static let wordIdBytes = 2
    /// Marker, class bytes, word id: a token pattern's item can only match at a marker.
    static let width = 1 + (count + bitsPerByte - 1) / bitsPerByte + wordIdBytes
    static let marker: UInt8 = 0x23

    /// The bit of a shape or part-of-speech class name, nil when it is neither.
    static func bit(named name: String) -> Int? {
        if let index = shapeNames.firstIndex(where: { $0.0 == name }) { return lexiconBits + index }
        if let index = tagNames.firstIndex(of: name) { return firstTag + index }
        return nil
    }
}
