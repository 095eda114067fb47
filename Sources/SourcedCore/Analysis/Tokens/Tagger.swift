/// A part-of-speech tagger learnt from the English Web Treebank (`scripts/learn-tagger.py`,
/// weights in `Rules/tagger/ewt.tsv`, CC BY-SA 4.0): two averaged perceptrons. The lexical one
/// tags a word out of context (its word, suffixes, prefixes and shape); the other tags a token
/// from its own features, the words two either side and the lexical tags of those. A token's tag
/// depends on nothing beyond two tokens either side, so one token is tagged on demand at the
/// cost of a few, with the tag a whole-sentence pass gives it.
package struct Tagger: Sendable {
    /// Universal POS tags, in the data file's order.
    package var tags: [String] { weights.tags }
    private let weights: TaggerWeights
    /// Each tag's bit in the token encoding (`TokenClass`), -1 for a tag it does not know.
    let classBits: [Int]
    let noun: Int
    let verb: Int
    private let proper: Int

    package init(contentsOf path: String) throws(RuleError) {
        weights = try TaggerWeights(contentsOf: path)
        guard let noun = weights.tags.firstIndex(of: "NOUN"), let verb = weights.tags.firstIndex(of: "VERB"),
            let proper = weights.tags.firstIndex(of: "PROPN")
        else { throw .unreadable(file: path, reason: "the tags line lacks NOUN, VERB or PROPN") }
        (self.noun, self.verb, self.proper) = (noun, verb, proper)
        classBits = weights.tags.map { TokenClass.bit(named: $0) ?? -1 }
    }

    /// The tags of all tokens of a sentence (indices into `tags`).
    func tags(of tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Int] {
        let words = TaggerWord.words(tokens, text, tokens.indices)
        var scores = [Int32](repeating: 0, count: weights.tags.count)
        let lexical = words.map { lexicalTag($0, &scores) }
        return tokens.indices.map { index in
            score(index, Context(words: words, lexical: lexical, base: 0, count: tokens.count), into: &scores)
            return Self.best(scores)
        }
    }

    /// The out-of-context (lexical) tags of all tokens of a sentence: one lookup for most words.
    func lexicalTags(of tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var scores = [Int32](repeating: 0, count: weights.tags.count)
        return TaggerWord.words(tokens, text, tokens.indices).map { lexicalTag($0, &scores) }
    }

    /// The tag of `tokens[index]`, as an index into `tags`.
    func tag(_ index: Int, in tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Int {
        Self.best(scores(index, in: tokens, text: text))
    }

    /// Whether the noun reading of `tokens[index]` beats every other by at least `margin`
    /// (the weights' units): a verb cue is refused only when the reading is clear.
    func readsAsNoun(_ index: Int, in tokens: [Token], text: UnsafeBufferPointer<UInt8>, margin: Int32) -> Bool {
        let scores = scores(index, in: tokens, text: text)
        return scores.indices.allSatisfy { $0 == noun || scores[noun] - scores[$0] >= margin }
    }

    /// Whether the treebank knows a word as something other than a proper noun: a capitalised
    /// "Consumer" opening a sentence is a common word, "Kim" a name, "Holcomb" (unknown) may be
    /// one. Read by the lexical model, out of context but with the word's case and place.
    func isCommonWord(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = TaggerWord(token, text, initial: token.shape.contains(.sentenceInitial))
        guard weights.contains(Feature.key(.lexicalWord, word.word)) else { return false }
        var scores = [Int32](repeating: 0, count: weights.tags.count)
        return lexicalTag(word, &scores) != proper
    }

    /// The scores of `tokens[index]`: only the tokens two either side are read.
    private func scores(_ index: Int, in tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Int32] {
        let window = max(0, index - 2)..<min(tokens.count, index + 3)
        let words = TaggerWord.words(tokens, text, window)
        var scores = [Int32](repeating: 0, count: weights.tags.count)
        let lexical = zip(window, words).map { $0 == index ? 0 : lexicalTag($1, &scores) }
        score(index, Context(words: words, lexical: lexical, base: window.lowerBound, count: tokens.count), into: &scores)
        return scores
    }

    /// The words and lexical tags of tokens `base..<base + words.count` of a sentence of `count` tokens.
    private struct Context {
        let words: [TaggerWord]
        let lexical: [Int]
        let base: Int
        let count: Int
        func word(_ index: Int) -> TaggerWord? { index >= 0 && index < count ? words[index - base] : nil }
        /// The lexical tag at `index`, or `outside` past the ends.
        func tag(_ index: Int, or outside: UInt64) -> UInt64 { index >= 0 && index < count ? UInt64(lexical[index - base]) : outside }
    }

    /// The lexical model's tag of a word; `scores` is scratch space.
    private func lexicalTag(_ word: TaggerWord, _ scores: inout [Int32]) -> Int {
        if let tag = weights.firstTag(Feature.key(.lexicalTag, word.cased, word.shape)) { return tag }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 11) { keys in
            keys[0] = Feature.key(.lexicalBias)
            keys[1] = Feature.key(.lexicalWord, word.word)
            keys[2] = Feature.key(.lexicalSuffix1, word.suffix1)
            keys[3] = Feature.key(.lexicalSuffix2, word.suffix2)
            keys[4] = Feature.key(.lexicalSuffix3, word.suffix3)
            keys[5] = Feature.key(.lexicalSuffix4, word.suffix4)
            keys[6] = Feature.key(.lexicalPrefix2, word.prefix2)
            keys[7] = Feature.key(.lexicalPrefix3, word.prefix3)
            keys[8] = Feature.key(.lexicalCased, word.cased)
            keys[9] = Feature.key(.lexicalFirst, UInt64(word.first))
            keys[10] = Feature.key(.lexicalShape, word.shape)
            weights.set(&scores, to: UnsafeBufferPointer(keys))
        }
        return Self.best(scores)
    }

    /// Sets `scores` to the sums of the weights of token `index`'s features.
    private func score(_ index: Int, _ context: Context, into scores: inout [Int32]) {
        guard let word = context.word(index) else {
            for tag in scores.indices { scores[tag] = 0 }
            return
        }
        let previous = context.word(index - 1)
        let next = context.word(index + 1)
        let before2 = context.word(index - 2)?.word ?? (index == 1 ? Feature.start2 : Feature.start)
        let after2 = context.word(index + 2)?.word ?? (next != nil ? Feature.end2 : Feature.end)
        let nextWord = next?.word ?? Feature.end
        let count = UInt64(weights.tags.count)
        // Past the ends: the number of tags, plus one two tokens away.
        let tag1 = context.tag(index - 1, or: count)
        let tag2 = context.tag(index - 2, or: count + 1)
        let after1 = context.tag(index + 1, or: count)
        let after12 = context.tag(index + 2, or: count + 1)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 29) { keys in
            keys[0] = Feature.key(.bias)
            keys[1] = Feature.key(.word, word.word)
            keys[2] = Feature.key(.suffix1, word.suffix1)
            keys[3] = Feature.key(.suffix2, word.suffix2)
            keys[4] = Feature.key(.suffix3, word.suffix3)
            keys[5] = Feature.key(.first, UInt64(word.first))
            keys[6] = Feature.key(.shape, word.shape)
            keys[7] = Feature.key(.previous, previous?.word ?? Feature.start)
            keys[8] = Feature.key(.next, nextWord)
            keys[9] = Feature.key(.previous2, before2)
            keys[10] = Feature.key(.next2, after2)
            keys[11] = Feature.key(.previousSuffix, previous?.suffix3 ?? Feature.start)
            keys[12] = Feature.key(.nextSuffix, next?.suffix3 ?? Feature.end)
            keys[13] = Feature.key(.previousShape, previous?.shape ?? Feature.noShape)
            keys[14] = Feature.key(.nextShape, next?.shape ?? Feature.noShape)
            keys[15] = Feature.key(.previousWord, previous?.word ?? Feature.start, word.word)
            keys[16] = Feature.key(.cased, word.cased)
            keys[17] = Feature.key(.suffix4, word.suffix4)
            keys[18] = Feature.key(.prefix2, word.prefix2)
            keys[19] = Feature.key(.prefix3, word.prefix3)
            keys[20] = Feature.key(.nextWord, word.word, nextWord)
            keys[21] = Feature.key(.tag1, tag1)
            keys[22] = Feature.key(.tags12, tag1, tag2)
            keys[23] = Feature.key(.tag1Word, tag1, word.word)
            keys[24] = Feature.key(.tag1Next, tag1, nextWord)
            keys[25] = Feature.key(.tagNext, after1)
            keys[26] = Feature.key(.tagsNext12, after1, after12)
            keys[27] = Feature.key(.wordTagNext, word.word, after1)
            keys[28] = Feature.key(.tagsAround, tag1, after1)
            weights.set(&scores, to: UnsafeBufferPointer(keys))
        }
    }

    private static func best(_ scores: [Int32]) -> Int {
        var best = 0
        for tag in scores.indices where scores[tag] > scores[best] { best = tag }
        return best
    }
}
