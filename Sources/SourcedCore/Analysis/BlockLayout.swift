/// Layout features of a block's bytes used to tell headings and promo lines from prose.
/// Works on bytes: it runs on every block.
struct BlockLayout {
    let isSingleLine: Bool
    let lines: Int
    let words: Int
    let isTitleCase: Bool
    let isHeadingLike: Bool
    /// Holds a letter or digit; a rule of underscores or dashes does not.
    let hasAlphanumeric: Bool
    let isAllCaps: Bool
    /// Ends as a paragraph does (a post quoted with its link: before the link).
    let readsAsProse: Bool
    /// A short question or lone quotation: a crosshead between paragraphs
    /// ("What happens next?", "“U.S.-controlled bandit formations”").
    let mayBeCrosshead: Bool

    static let smallWords: [String] = [
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "for", "at", "by", "from",
        "with", "as", "vs", "via", "into", "onto", "per", "is", "be",
    ]
    /// The small words packed into integers (see `key`), sorted for a binary search.
    private static let smallWordKeys: [UInt64] = smallWords.map { key(ArraySlice($0.utf8))! }.sorted()
    private static let maxSmallWord = smallWords.map(\.utf8.count).max()!

    /// A word of up to 8 lower-cased bytes packed into an integer (no allocation, no hashing).
    private static func key(_ word: ArraySlice<UInt8>) -> UInt64? {
        guard word.count <= 8 else { return nil }
        var value: UInt64 = 0
        for byte in word { value = value << 8 | UInt64(byte | 0x20) }
        return value
    }

    private static func isSmallWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count <= maxSmallWord, let key = key(word) else { return false }
        var low = 0
        var high = smallWordKeys.count
        while low < high {
            let middle = (low + high) / 2
            if smallWordKeys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < smallWordKeys.count && smallWordKeys[low] == key
    }

    static func isSingleLine(_ bytes: ArraySlice<UInt8>) -> Bool { !bytes.contains(0x0A) && !bytes.contains(0x0D) }

    init(_ bytes: ArraySlice<UInt8>) {
        lines = 1 + bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        isSingleLine = Self.isSingleLine(bytes)
        var words = 0
        var capitalised = 0
        var content = 0
        var hasLetter = false
        var hasLower = false
        var hasAlphanumeric = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < bytes.endIndex else { break }
            let start = index
            while index < bytes.endIndex, bytes[index] != 0x20, bytes[index] != 0x09 { index += 1 }
            words += 1
            // Skip leading punctuation and quotes; the first letter or digit decides.
            var first = start
            while first < index, !Self.isAlphanumeric(bytes[first]) { first += 1 }
            guard first < index else { continue }
            var end = first
            while end < index, bytes[end].isASCIILetter { end += 1 }
            if Self.isSmallWord(bytes[first..<end]) { continue }
            content += 1
            let lead = bytes[first]
            let isLatinCapital = lead == 0xC3 && first + 1 < index && bytes[first + 1] < 0x9F  // À–Þ
            if Self.isUpper(lead) || Self.isDigit(lead) || isLatinCapital { capitalised += 1 }
        }
        for byte in bytes {
            if byte.isASCIILetter { hasLetter = true }
            if byte >= 0x61 && byte <= 0x7A { hasLower = true }
            if Self.isAlphanumeric(byte) { hasAlphanumeric = true }
        }
        self.words = words
        self.hasAlphanumeric = hasAlphanumeric
        isTitleCase = content >= 2 && capitalised * 4 >= content * 3
        let endsLikeProse = Self.endsLikeProse(bytes)
        // A post quoted in the article ends with its link: the words before it decide.
        let proseBeforeLink = Self.withoutTrailingLink(bytes).map(Self.endsLikeProse) ?? false
        readsAsProse = proseBeforeLink || endsLikeProse
        // Not a speaker's turn ("WALLACE: Will she be there?") nor a quoted sentence.
        let isQuestion = bytes.last == UInt8(ascii: "?") && !bytes.contains(UInt8(ascii: ":")) && !Self.opensWithQuote(bytes)
        mayBeCrosshead = words <= Segmenter.maxHeadingWords && (isQuestion || Self.isLoneQuotation(bytes))
        let isAllCaps = hasLetter && !hasLower
        self.isAllCaps = isAllCaps
        isHeadingLike = !hasAlphanumeric || (isAllCaps && words <= 6) || (!endsLikeProse && (isTitleCase || words <= 6))
    }

    /// `bytes` without a last word that is a web address, if it is one.
    private static func withoutTrailingLink(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard let space = bytes.lastIndex(of: 0x20) else { return nil }
        let word = bytes[(space + 1)...]
        let isLink = ["http://", "https://", "www.", "pic.twitter.com/"].contains { word.starts(with: $0.utf8) }
        return isLink ? bytes[..<space] : nil
    }

    private static func endsLikeProse(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let last = bytes.last else { return false }
        if ".:!?\")".utf8.contains(last) { return true }
        let isCurly = bytes.count >= 3 && bytes[bytes.endIndex - 3] == 0xE2 && bytes[bytes.endIndex - 2] == 0x80
        // … and ” (E2 80 A6 / 9D) end a sentence.
        if isCurly, last == 0xA6 || last == 0x9D { return true }
        // A single quote (' or ’, E2 80 99) closes a quotation only after the sentence's own
        // end or another quote (''): "into 'her-story'" is a headline.
        let quoteWidth = last == UInt8(ascii: "'") ? 1 : isCurly && last == 0x99 ? 3 : 0
        guard quoteWidth > 0, bytes.count > quoteWidth else { return false }
        return ".!?,'".utf8.contains(bytes[bytes.endIndex - quoteWidth - 1])
    }

    private static func opensWithQuote(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        return first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || (first == 0xE2 && bytes.dropFirst().first == 0x80)
    }

    /// “…” with no sentence end inside the closing mark.
    private static func isLoneQuotation(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 7, bytes.starts(with: [0xE2, 0x80, 0x9C]), bytes.suffix(3).elementsEqual([0xE2, 0x80, 0x9D]) else {
            return false
        }
        let before = bytes[bytes.endIndex - 4]
        return !".!?,".utf8.contains(before)
    }

    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    /// ASCII letters and digits, and the lead bytes of Latin letters (U+00C0–U+07FF);
    /// not general punctuation such as “ (E2 80 9C).
    static func isAlphanumeric(_ byte: UInt8) -> Bool { byte.isASCIILetter || isDigit(byte) || (0xC3...0xDF).contains(byte) }
}
