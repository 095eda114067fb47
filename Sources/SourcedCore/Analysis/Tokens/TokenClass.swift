/// The class bits a token carries in the encoding token patterns run over: its lexicons
/// (bits 0–63, by lexicon bit), its shape ("Ly": a lower-case word ending in -ly; "S", "Ing": a
/// word ending in -s, -ing), whether it can be part of a name, the phrases it opens or
/// continues, and its part of speech.
enum TokenClass {
    static let lexiconBits = 64
    static let shapeNames: [(String, Token.Shape)] = [
        ("Word", .word), ("Number", .number), ("Punct", .punctuation), ("Quote", .quote), ("Cap", .capitalised),
        ("CAPS", .allCaps), ("Initial", .sentenceInitial), ("Hyphenated", .hyphenated), ("Possessive", .possessive),
        ("Ly", .lyEnding), ("Open", .opening), ("S", .sEnding), ("Ing", .ingEnding),
    ]
    /// A capitalised word that is no function word, month, weekday, number word or
    /// sentence-initial common word ("Peskov", "Kremlin", not "April", "However", "Officials").
    static let name = lexiconBits + shapeNames.count
    /// A word after the first of a lexicon form of several words ("clear" of "made clear").
    static let more = name + 1
    /// Phrase rules a pack may have: each marks the tokens that open (`phraseStart`) and
    /// continue (`phraseInside`) its phrases.
    static let maxPhrases = 4
    static func phraseStart(_ phrase: Int) -> Int { more + 1 + 2 * phrase }
    static func phraseInside(_ phrase: Int) -> Int { more + 2 + 2 * phrase }
    static let firstTag = more + 1 + 2 * maxPhrases
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

    /// The bit of a shape, `Name` or part-of-speech class name, nil when it is none of them.
    static func bit(named name: String) -> Int? {
        if let index = shapeNames.firstIndex(where: { $0.0 == name }) { return lexiconBits + index }
        if name == "Name" { return Self.name }
        if let index = tagNames.firstIndex(of: name) { return firstTag + index }
        return nil
    }
}
