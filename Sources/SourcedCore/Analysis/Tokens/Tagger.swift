import Foundation

/// A part-of-speech tagger learnt from the English Web Treebank (`scripts/learn-tagger.py`,
/// data in `Rules/tagger/ewt.tsv`, CC BY-SA 4.0): each decision is local, so only the tokens a
/// rule asks about are tagged. A token gets the tag t maximising
/// log P(t | word) + log P(t | left neighbour) + log P(right neighbour | t), where a neighbour
/// is its word when it is among the commonest, else its most likely tag.
package struct Tagger: Sendable {
    /// Universal POS tags, in the data file's order.
    package let tags: [String]
    /// Each tag's bit in the token encoding (`TokenClass`), -1 for a tag it does not know.
    let classBits: [Int]
    private let words: [UInt64: Int]
    /// Suffix key hash (see `row(of:)`) → row.
    private let suffixes: [UInt64: Int]
    /// Rows of `tags.count` log-probabilities: words and suffixes (P(t | word)), then left contexts.
    private let rows: [[Int32]]
    private let unknown: Int
    /// Left-context rows: by the previous word's hash (common words), by its tag, at the start.
    private let leftWords: [UInt64: Int]
    private let leftTags: [Int]
    private let leftStart: Int
    /// P(next | t): by tag, a column per right context (the next word's tag or common word, or the end).
    private let right: [[Int32]]
    private let rightWords: [UInt64: Int]
    private let rightEnd: Int
    let noun: Int
    let verb: Int

    /// Reads the data file; the error names the line. Bytes, not `String`s, for the ten
    /// thousand word and suffix rows: it is part of every start-up.
    package init(contentsOf path: String) throws(RuleError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(file: path, reason: "cannot read file") }
        let bytes = [UInt8](data)
        var tags: [String] = []
        var tagIndex: [UInt64: Int] = [:]
        var nexts: [String] = []
        var rows: [[Int32]] = []
        var words: [UInt64: Int] = [:]
        var suffixes: [UInt64: Int] = [:]
        var left: [String: Int] = [:]
        var right: [[Int32]] = []
        var unknown = -1
        var number = 0
        var lineStart = 0
        while lineStart < bytes.count {
            number += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let line = bytes[lineStart..<lineEnd]
            guard let kindEnd = line.firstIndex(of: 0x09), line.first != UInt8(ascii: "#") else { continue }
            guard let keyEnd = line[(kindEnd + 1)...].firstIndex(of: 0x09) else {
                throw .unreadable(file: path, reason: "line \(number): expected 3 tab-separated fields")
            }
            let kind = String(decoding: line[..<kindEnd], as: UTF8.self)
            let key = line[(kindEnd + 1)..<keyEnd]
            let values = line[(keyEnd + 1)...]
            if kind == "tags" || kind == "next" {
                let names = String(decoding: values, as: UTF8.self).split(separator: " ").map(String.init)
                if kind == "tags" {
                    tags = names
                    tagIndex = Dictionary(names.enumerated().map { (WordHash.hash(Array($1.utf8)), $0) }, uniquingKeysWith: { a, _ in a })
                } else {
                    nexts = names
                }
                continue
            }
            guard ["unknown", "l", "r", "s", "w"].contains(kind),
                let row = Self.row(values, tags: tagIndex, width: kind == "r" ? nexts.count : tags.count)
            else { throw .unreadable(file: path, reason: "line \(number): bad row") }
            switch kind {
            case "r": right.append(row)
            case "unknown": unknown = rows.count
            case "l": left[String(decoding: key, as: UTF8.self)] = rows.count
            case "s": suffixes[WordHash.hash(Array(key))] = rows.count
            default: words[TokenEncoding.hash(word: Array(key))] = rows.count
            }
            if kind != "r" { rows.append(row) }
        }
        guard let noun = tags.firstIndex(of: "NOUN"), let verb = tags.firstIndex(of: "VERB"), unknown >= 0, right.count == tags.count,
            left["^"] != nil
        else { throw .unreadable(file: path, reason: "incomplete tagger data") }
        guard nexts.prefix(tags.count).elementsEqual(tags), let end = nexts.firstIndex(of: "END"),
            let start = left["^"], let other = left["t:X"]
        else { throw .unreadable(file: path, reason: "tagger contexts do not list the tags") }
        (self.tags, self.words, self.suffixes, self.rows, self.unknown, self.right) = (tags, words, suffixes, rows, unknown, right)
        func hashed(_ keys: [(String, Int)]) -> [UInt64: Int] {
            Dictionary(
                keys.filter { $0.0.hasPrefix("w:") }.map { (TokenEncoding.hash(word: Array($0.0.dropFirst(2).utf8)), $0.1) },
                uniquingKeysWith: { a, _ in a })
        }
        leftWords = hashed(left.map { ($0.key, $0.value) })
        leftTags = tags.map { left["t:" + $0] ?? other }
        leftStart = start
        rightWords = hashed(nexts.enumerated().map { ($1, $0) })
        rightEnd = end
        (self.noun, self.verb) = (noun, verb)
        classBits = tags.map { TokenClass.bit(named: $0) ?? -1 }
    }

    /// A dense row of `width` integers, or a sparse one: a default, then `TAG=value` pairs.
    private static func row(_ text: ArraySlice<UInt8>, tags: [UInt64: Int], width: Int) -> [Int32]? {
        var fields: [ArraySlice<UInt8>] = []
        var start = text.startIndex
        for index in text.indices where text[index] == 0x20 {
            if index > start { fields.append(text[start..<index]) }
            start = index + 1
        }
        if start < text.endIndex { fields.append(text[start...]) }
        if fields.count == width {
            let values = fields.compactMap(integer)
            return values.count == width ? values : nil
        }
        guard let first = fields.first, let fallback = integer(first) else { return nil }
        var row = [Int32](repeating: fallback, count: width)
        for pair in fields.dropFirst() {
            guard let equals = pair.firstIndex(of: UInt8(ascii: "=")), let tag = tags[WordHash.hash(Array(pair[..<equals]))],
                let value = integer(pair[(equals + 1)...])
            else { return nil }
            row[tag] = value
        }
        return row
    }

    private static func integer(_ digits: ArraySlice<UInt8>) -> Int32? {
        var value: Int32 = 0
        var negative = false
        for (offset, byte) in zip(digits.indices, digits) {
            if offset == digits.startIndex, byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int32(byte - 0x30)
        }
        return digits.isEmpty ? nil : (negative ? -value : value)
    }

    /// The tag of `tokens[index]`, as an index into `tags`.
    func tag(_ index: Int, in tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Int {
        let scores = scores(index, in: tokens, text: text)
        var best = 0
        for tag in scores.indices where scores[tag] > scores[best] { best = tag }
        return best
    }

    /// Whether the noun reading of `tokens[index]` beats every other by at least `margin`
    /// (hundredths of a natural log): a verb cue is refused only when the context is clear.
    func readsAsNoun(_ index: Int, in tokens: [Token], text: UnsafeBufferPointer<UInt8>, margin: Int32) -> Bool {
        let scores = scores(index, in: tokens, text: text)
        return scores.indices.allSatisfy { $0 == noun || scores[noun] - scores[$0] >= margin }
    }

    private func scores(_ index: Int, in tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Int32] {
        let lexical = rows[row(of: tokens[index], text)]
        let before = index == 0 ? leftStart : leftRow(tokens[index - 1], text)
        let after = index + 1 < tokens.count ? rightColumn(tokens[index + 1], text) : rightEnd
        return tags.indices.map { lexical[$0] + rows[before][$0] + right[$0][after] }
    }

    /// Whether the treebank knows a word as something other than a proper noun: a capitalised
    /// "Consumer" opening a sentence is a common word, "Holcomb" (unknown) may be a name.
    func isCommonWord(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard words[TokenEncoding.hash(text, token)] != nil else { return false }
        return tags[likeliest(token, text)] != "PROPN"
    }

    private func leftRow(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Int {
        leftWords[TokenEncoding.hash(text, token)] ?? leftTags[likeliest(token, text)]
    }

    /// The next token's column: its word when common, else its tag (the first columns are the tags).
    private func rightColumn(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Int {
        rightWords[TokenEncoding.hash(text, token)] ?? likeliest(token, text)
    }

    /// The most likely tag of a token out of context.
    private func likeliest(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Int {
        let row = rows[row(of: token, text)]
        var best = 0
        for tag in row.indices where row[tag] > row[best] { best = tag }
        return best
    }

    /// The row of P(t | word): the word's, else its shape's (capitalised, digit or lower case,
    /// and its last three characters, digits as 9), else the unknown word's.
    private func row(of token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Int {
        if let row = words[TokenEncoding.hash(text, token)] { return row }
        let word = String(decoding: text[token.range], as: UTF8.self)
        let first = word.first
        let kind = first?.isUppercase == true ? "C" : first?.isNumber == true ? "D" : "l"
        let tail = String(word.lowercased().suffix(3).map { $0.isNumber ? "9" : $0 })
        return suffixes[WordHash.hash(Array((kind + tail).utf8))] ?? unknown
    }
}
