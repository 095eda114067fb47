/// The lexicons as token classes: a one-word form marks its token; a form of several words
/// ("made clear", "take issue with") marks its first token with the lexicon and the tokens
/// after it as `TokenClass.more`, and only where all its words follow in order.
struct LexiconTokens: Sendable {
    /// Token hash → bits of the lexicons with that one-word form (in `gate`).
    let single: WordGateTable
    /// First token hash → 1 + index into `entries` (in `gate`).
    let starts: WordGateTable
    /// Per first word: the forms' other tokens (hashes) and lexicon bits, longest first.
    let entries: [[(rest: [UInt64], bits: UInt64)]]
    /// Lexicons holding a form of several words: `{name}` then takes in the `more` tokens.
    let multiWord: UInt64

    init(_ lexicons: [String: Lexicon]) {
        var single: [UInt64: UInt64] = [:]
        var multi: [UInt64: [(rest: [UInt64], bits: UInt64)]] = [:]
        var multiWord: UInt64 = 0
        for lexicon in lexicons.values {
            let bit: UInt64 = 1 << UInt64(lexicon.bit)
            for form in lexicon.forms {
                if !form.contains(" ") {
                    // "sen." and "Sen." hash alike: an abbreviation's period is left out.
                    if !form.isEmpty { single[TokenEncoding.hash(word: Array(form.utf8)), default: 0] |= bit }
                    continue
                }
                let bytes = Array(form.utf8)
                let hashes = bytes.withUnsafeBufferPointer { text in Tokenizer.tokens(text).map { TokenEncoding.hash(text, $0) } }
                guard hashes.count > 1 else { continue }
                multi[hashes[0], default: []].append((Array(hashes.dropFirst()), bit))
                multiWord |= bit
            }
        }
        let firsts = multi.keys.sorted()
        entries = firsts.map { multi[$0]!.sorted { $0.rest.count > $1.rest.count } }
        starts = WordGateTable(
            Dictionary(uniqueKeysWithValues: firsts.enumerated().map { ($1, WordGateTable.Masks(gate: UInt64($0 + 1))) }))
        self.single = WordGateTable(single.mapValues { WordGateTable.Masks(gate: $0) })
        self.multiWord = multiWord
    }

    /// The lexicon bits of token `index` and how many tokens after it its longest form of
    /// several words covers.
    func classes(at index: Int, hashes: [UInt64]) -> (bits: UInt64, more: Int) {
        var bits = single[hashes[index]].gate
        var more = 0
        let slot = Int(starts[hashes[index]].gate)
        guard slot > 0 else { return (bits, 0) }
        for entry in entries[slot - 1] where index + entry.rest.count < hashes.count {
            guard entry.rest.indices.allSatisfy({ hashes[index + 1 + $0] == entry.rest[$0] }) else { continue }
            bits |= entry.bits
            more = max(more, entry.rest.count)
        }
        return (bits, more)
    }
}
