/// A cheap guess at an article's language: the share of its words that are common function
/// words of English, and the writing system or the language whose function words fit best
/// when it is not English. The rules are English; another language is left unscored.
package struct LanguageGuess: Sendable, Equatable {
    /// Share of words (0…1) that are English function words.
    package let englishShare: Double
    /// Words counted (letters of any script).
    package let words: Int
    /// The language or script when not English and cheaply known ("Portuguese", "Korean").
    package let name: String?

    /// Below this many words the guess is English: a headline or a few words say too little.
    static let minWords = 30
    /// English prose has 30–45% function words; other Latin-script languages under 10%.
    static let minEnglishShare = 0.15

    /// English unless the text is long enough, has few English function words and another
    /// language or script is recognised: a table of scores or a list of ingredients is English.
    package var isEnglish: Bool { words < Self.minWords || englishShare >= Self.minEnglishShare || name == nil }

    /// Why the article is not scored, or nil when it reads as English.
    package var refusal: String? {
        guard !isEnglish else { return nil }
        let percent = Int((englishShare * 100).rounded())
        return "not analysed: the text reads as \(name ?? "another language"), not English "
            + "(\(percent)% English function words, \(words) words); the rules are English, so no sentence is tagged or scored"
    }

    /// Guesses from the bytes of `spans` of `text`.
    package init(_ text: [UInt8], spans: [ByteSpan]) {
        var counts = Counts()
        for span in spans { counts.add(text[span.range]) }
        words = counts.words
        englishShare = counts.words == 0 ? 0 : Double(counts.english) / Double(counts.words)
        name = counts.likelyName(englishShare: englishShare)
    }

    private struct Counts {
        var words = 0
        var english = 0
        /// Per language of `FunctionWords.others`, its function words seen.
        var latin = [Int](repeating: 0, count: FunctionWords.others.count)
        var scripts: [String: Int] = [:]

        mutating func add(_ bytes: ArraySlice<UInt8>) {
            var index = bytes.startIndex
            while index < bytes.endIndex {
                guard Self.isWordByte(bytes[index]) else {
                    index += 1
                    continue
                }
                let start = index
                while index < bytes.endIndex, Self.isWordByte(bytes[index]) { index += 1 }
                count(bytes[start..<index])
            }
        }

        private mutating func count(_ word: ArraySlice<UInt8>) {
            if Self.script(of: word.first!, next: word.dropFirst().first) != nil {
                // Chinese and Japanese put no space between words: each character counts.
                for index in word.indices where word[index] >= 0xC0 {
                    words += 1
                    let next = word.index(after: index) < word.endIndex ? word[word.index(after: index)] : nil
                    if let script = Self.script(of: word[index], next: next) { scripts[script, default: 0] += 1 }
                }
                return
            }
            words += 1
            // No string per word: the word's bytes, lower-cased, packed into an integer.
            guard let key = FunctionWords.key(word) else { return }
            var languages = FunctionWords.languages[key].gate
            if languages & 1 != 0 { english += 1 }
            languages >>= 1
            while languages != 0 {
                latin[languages.trailingZeroBitCount] += 1
                languages &= languages - 1
            }
        }

        /// A script other than Latin, named by its most common language when the script says it.
        func likelyName(englishShare: Double) -> String? {
            if let (script, count) = scripts.max(by: { $0.value < $1.value }), count * 3 >= words {
                // Kana among the Han characters make it Japanese.
                return script == "Chinese or Japanese" && (scripts["Japanese"] ?? 0) * 10 >= count ? "Japanese" : script
            }
            guard let best = latin.indices.max(by: { latin[$0] < latin[$1] }) else { return nil }
            let share = Double(latin[best]) / Double(words)
            return share >= 0.05 && share > englishShare ? FunctionWords.others[best].0 : nil
        }

        /// Letters (ASCII, and any multibyte character) and digits; apostrophes split words.
        static func isWordByte(_ byte: UInt8) -> Bool { byte.isASCIILetter || byte >= 0x80 }

        /// The script of a multibyte letter by its UTF-8 lead bytes; nil for Latin (and punctuation).
        static func script(of lead: UInt8, next: UInt8?) -> String? {
            switch lead {
            case 0xD0, 0xD1: return "Russian or another Cyrillic-script language"
            case 0xCE, 0xCF: return "Greek"
            case 0xD7: return "Hebrew"
            case 0xD8, 0xD9, 0xDA, 0xDB: return "Arabic-script text"
            case 0xE0 where next.map { (0xA4...0xA5).contains($0) } == true: return "Hindi or another Devanagari-script language"
            case 0xE3 where next.map { (0x81...0x83).contains($0) } == true: return "Japanese"
            case 0xE4...0xE9: return "Chinese or Japanese"
            case 0xEA...0xED: return "Korean"
            default: return nil
            }
        }
    }
}
