import PCRE2

/// A sentence as token rules see it, for rule authors (`sourced rules tokens`): each token
/// with the classes it carries, and the phrases the pack finds.
package struct TokenView: Sendable {
    package struct Row: Sendable {
        package let text: String
        package let classes: [String]
    }

    package let rows: [Row]

    package init(_ sentence: String, pack: RulePack) {
        let bytes = Array(sentence.utf8)
        rows = bytes.withUnsafeBufferPointer { text in
            var encoding = TokenEncoding(text, tables: pack.tokenTables.tagged, tagger: pack.tagger)
            _ = encoding.markPhrases(pack.phrases, matcher: Matcher())
            let names = Self.classNames(pack)
            return encoding.tokens.enumerated().map { index, token in
                let base = index * TokenClass.width + 1
                let classes = (0..<TokenClass.count).filter { bit in
                    encoding.bytes[base + bit / TokenClass.bitsPerByte] & (1 << UInt8(bit % TokenClass.bitsPerByte)) != 0
                }.compactMap { names[$0] }
                return Row(text: String(decoding: text[token.range], as: UTF8.self), classes: classes)
            }
        }
    }

    /// Every class bit's name: lexicons, shapes, `Name`, phrases (`source`, `source…` inside), tags.
    private static func classNames(_ pack: RulePack) -> [Int: String] {
        var names: [Int: String] = [:]
        for lexicon in pack.lexicons.values { names[lexicon.bit] = lexicon.name }
        for (offset, shape) in TokenClass.shapeNames.enumerated() { names[TokenClass.lexiconBits + offset] = shape.0 }
        names[TokenClass.name] = "Name"
        names[TokenClass.more] = "More"
        for (index, phrase) in pack.phrases.enumerated() {
            names[TokenClass.phraseStart(index)] = "{\(phrase.referenceName)"
            names[TokenClass.phraseInside(index)] = "…\(phrase.referenceName)"
        }
        for (offset, tag) in TokenClass.tagNames.enumerated() { names[TokenClass.firstTag + offset] = tag }
        return names
    }
}
