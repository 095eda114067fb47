import PCRE2

/// Classifies blocks (title, heading, boilerplate, paragraph) and splits paragraphs
/// into sentences.
package struct Segmenter: Sendable {
    package let pack: RulePack
    let splitter: SentenceSplitter

    /// Layout limits for plain-text blocks without a reader's hint.
    static let maxTitleBytes = 300
    static let maxHeadingBytes = 120
    static let maxHeadingWords = 12

    package init(pack: RulePack) {
        self.pack = pack
        splitter = SentenceSplitter(abbreviations: pack.abbreviations)
    }

    /// The segments of `document` in text order.
    package func segment(
        _ document: SourceDocument, text: UnsafeBufferPointer<UInt8>, matcher: Matcher
    ) throws(AnalysisError) -> [Segment] {
        var segments: [Segment] = []
        var sawBody = false
        for (index, block) in document.blocks.enumerated() {
            let (kind, rule) = try classify(block, isFirst: index == 0 && !sawBody, in: document, text: text, matcher: matcher)
            guard kind == .sentence else {
                segments.append(Segment(span: block.span, kind: kind, block: index, rule: rule))
                continue
            }
            sawBody = true
            for span in splitter.split(block.span, in: document.text) {
                segments.append(Segment(span: span, kind: .sentence, block: index))
            }
        }
        return segments
    }

    private func classify(
        _ block: Block, isFirst: Bool, in document: SourceDocument, text: UnsafeBufferPointer<UInt8>, matcher: Matcher
    ) throws(AnalysisError) -> (SegmentKind, String?) {
        switch block.hint {
        case .title: return (.title, nil)
        case .heading: return (.heading, nil)
        case .boilerplate: return (.boilerplate, nil)
        case .paragraph, .auto: break
        }
        let slice = UnsafeBufferPointer(rebasing: text[block.span.range])
        if let rule = try firstMatching(pack.boilerplate, in: slice, document: document, matcher: matcher) {
            return (.boilerplate, rule)
        }
        guard block.hint == .auto else { return (.sentence, nil) }
        if let rule = try firstMatching(pack.headings, in: slice, document: document, matcher: matcher) {
            return (.heading, rule)
        }
        // Only a block short enough for a title can be anything but prose.
        guard block.span.count <= Self.maxTitleBytes else { return (.sentence, nil) }
        let layout = BlockLayout(document.text[block.span.range])
        // A headline may run over two lines ("Main title; \nsubtitle").
        if isFirst, layout.lines <= 2 { return (.title, nil) }
        guard layout.isSingleLine else { return (.sentence, nil) }
        if layout.isHeadingLike, block.span.count <= Self.maxHeadingBytes, layout.words <= Self.maxHeadingWords {
            return (.heading, nil)
        }
        // A long line in title case between paragraphs is a link to another story.
        if layout.isTitleCase, layout.words > Self.maxHeadingWords { return (.boilerplate, nil) }
        return (.sentence, nil)
    }
}

extension Segmenter {
    /// The id of the first rule whose pattern matches the block, if any.
    func firstMatching(
        _ rules: [CompiledRule], in slice: UnsafeBufferPointer<UInt8>, document: SourceDocument, matcher: Matcher
    ) throws(AnalysisError) -> String? {
        for rule in rules {
            guard let pattern = rule.pattern else { continue }
            do {
                let start = RuleProfile.enabled ? RuleProfile.now() : 0
                let found = try matcher.firstMatch(pattern, in: slice) != nil
                if RuleProfile.enabled { RuleProfile.record(rule.id, since: start, matches: found ? 1 : 0) }
                if found { return rule.id }
            } catch {
                throw .patternLimit(rule: rule.id, document: document.path, message: error.localizedDescription)
            }
        }
        return nil
    }
}

/// Layout features of a block's bytes used to tell headings and promo lines from prose.
/// Works on bytes: it runs on every block.
struct BlockLayout {
    let isSingleLine: Bool
    let lines: Int
    let words: Int
    let isTitleCase: Bool
    let isHeadingLike: Bool

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
        isTitleCase = content >= 2 && capitalised * 4 >= content * 3
        let endsLikeProse = Self.endsLikeProse(bytes)
        let isAllCaps = hasLetter && !hasLower
        isHeadingLike = !hasAlphanumeric || (isAllCaps && words <= 6) || (!endsLikeProse && (isTitleCase || words <= 6))
    }

    private static func endsLikeProse(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let last = bytes.last else { return false }
        if ".,;:!?\")".utf8.contains(last) { return true }
        // … ” ’ end in E2 80 A6 / 9D / 99.
        return bytes.count >= 3 && bytes[bytes.endIndex - 3] == 0xE2 && bytes[bytes.endIndex - 2] == 0x80
            && [0xA6, 0x9D, 0x99].contains(last)
    }

    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    /// ASCII letters and digits, and the lead bytes of Latin letters (U+00C0–U+07FF);
    /// not general punctuation such as “ (E2 80 9C).
    static func isAlphanumeric(_ byte: UInt8) -> Bool { byte.isASCIILetter || isDigit(byte) || (0xC3...0xDF).contains(byte) }
}
