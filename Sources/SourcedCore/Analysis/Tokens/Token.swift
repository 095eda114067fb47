/// A word, number, punctuation mark or quotation mark of a sentence, as a byte span.
struct Token: Sendable, Equatable {
    /// Byte range in the sentence.
    var start: Int
    var end: Int
    var shape: Shape

    /// What a token looks like, decided from its bytes alone.
    struct Shape: OptionSet, Sendable, Equatable {
        let rawValue: UInt16
        static let word = Shape(rawValue: 1 << 0)
        static let number = Shape(rawValue: 1 << 1)
        static let punctuation = Shape(rawValue: 1 << 2)
        static let quote = Shape(rawValue: 1 << 3)
        static let capitalised = Shape(rawValue: 1 << 4)
        static let allCaps = Shape(rawValue: 1 << 5)
        static let sentenceInitial = Shape(rawValue: 1 << 6)
        static let hyphenated = Shape(rawValue: 1 << 7)
        /// A possessive ending: `'s`, `’s` or a bare apostrophe after a plural's `s`.
        static let possessive = Shape(rawValue: 1 << 8)
        /// A lower-case word of four letters or more ending in "ly" ("continually"): an adverb
        /// the tagger may not know.
        static let lyEnding = Shape(rawValue: 1 << 9)
        /// A quotation mark that opens a quotation (“, or " after a space).
        static let opening = Shape(rawValue: 1 << 10)
        /// A word of two letters or more ending in a lower-case "s" ("states", "Democrats", not
        /// "CBS"): a plural, or a verb's third person, which a singular noun modifier never is.
        static let sEnding = Shape(rawValue: 1 << 11)
        /// A lower-case word of four letters or more ending in "ing" ("showing", "nothing").
        static let ingEnding = Shape(rawValue: 1 << 12)
    }

    var range: Range<Int> { start..<end }
}
