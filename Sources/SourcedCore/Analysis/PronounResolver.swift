import PCRE2

/// Resolves a pronoun source to the person it stands for: a name earlier in the same
/// sentence ("Kim admired … what he called …"), else the last named person cited.
struct PronounResolver {
    /// The pack's `name` fragment, compiled; nil when the pack has none.
    let namePattern: Pattern?
    let gates: WordGateTable
    let words: WordClasses
    private(set) var lastPerson: ByteSpan?
    /// Whether a quotation is open where the next sentence starts (reset at each block).
    private var quoteOpen = false
    private var block = -1

    init(pack: RulePack) {
        namePattern = pack.namePattern
        gates = pack.wordGates
        words = pack.wordClasses
    }

    /// Every sentence of the document in order (`block`: its block), so that quotations are followed.
    mutating func resolve(
        _ attribution: inout Attribution?, sentence: ByteSpan, block: Int, text: UnsafeBufferPointer<UInt8>, matcher: Matcher
    ) {
        if block != self.block { (self.block, quoteOpen) = (block, false) }
        let openAtStart = quoteOpen
        quoteOpen = QuoteMarks.isOpen(after: sentence.range, in: text, openAtStart: openAtStart)
        guard let found = attribution, let source = found.source else { return }
        if found.kind == .pronoun {
            if Self.isFirstPerson(source, text: text) {
                // "I" and "we" speak for themselves: in a quotation, for its speaker (not for a
                // name before them: "… our enhanced AI technology … my team and I"); outside one,
                // for the writer, whom the article does not name ("We called it …").
                let quoted = QuoteMarks.isOpen(after: sentence.start..<source.start, in: text, openAtStart: openAtStart)
                attribution?.antecedent = quoted ? lastPerson : nil
                return
            }
            attribution?.antecedent = nameBefore(source.start, in: sentence, text: text, matcher: matcher) ?? lastPerson
        } else if found.kind == .named, Self.isPerson(source, text: text) {
            lastPerson = source
        }
    }

    /// The first name before `end` that names someone: not a weekday, a pronoun or a
    /// capitalised sentence adverb ("Friday", "We", "Nonetheless").
    private func nameBefore(_ end: Int, in sentence: ByteSpan, text: UnsafeBufferPointer<UInt8>, matcher: Matcher) -> ByteSpan? {
        guard let namePattern, end > sentence.start else { return nil }
        let prefix = UnsafeBufferPointer(rebasing: text[sentence.start..<end])
        guard let matches = try? matcher.allMatches(namePattern, in: prefix) else { return nil }
        for match in matches where !afterPreposition(match.range.lowerBound, in: prefix) && !isTitle(match.range, in: prefix) {
            guard let phrase = SourcePhrase(match.range, in: prefix, gates: gates, words: words), phrase.isNamed(words) else { continue }
            return ByteSpan(phrase.range).shifted(by: sentence.start)
        }
        return nil
    }

    /// Whether the words before `start` end in a preposition, maybe with an article ("in the
    /// Cabinet Room"): a place or thing, not the person a pronoun stands for.
    private func afterPreposition(_ start: Int, in prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        let before = Tokenizer.tokens(UnsafeBufferPointer(rebasing: prefix[..<start]))
        let words = before.filter { $0.shape.contains(.word) }.suffix(2).reversed()
        for token in words {
            let bits = gates[TokenEncoding.hash(prefix, token)].gate
            if bits & self.words.prepositions != 0 { return true }
            if bits & self.words.determiners == 0 { return false }
        }
        return false
    }

    /// "Mr", "Sen", "Dr" before their period: a title, the name comes after it.
    private func isTitle(_ range: Range<Int>, in prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        range.count <= 3 && range.upperBound < prefix.count && prefix[range.upperBound] == UInt8(ascii: ".")
    }

    static func isFirstPerson(_ span: ByteSpan, text: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = String(decoding: text[span.start..<span.end], as: UTF8.self).lowercased()
        return ["i", "we", "me", "us", "my", "our"].contains(word)
    }

    /// Institutions come with an article ("the Kremlin"); people are cited by name.
    static func isPerson(_ span: ByteSpan, text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard span.count > 0, (0x41...0x5A).contains(text[span.start]) else { return false }
        let head = text[span.start..<min(span.end, span.start + 4)].map { $0 | 0x20 }
        return !(head.starts(with: Array("the ".utf8)) || head.starts(with: Array("a ".utf8)) || head.starts(with: Array("an ".utf8)))
    }
}
