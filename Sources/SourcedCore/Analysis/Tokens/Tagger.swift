/// A part-of-speech tagger learnt from the English Web Treebank (`scripts/learn-tagger.py`,
/// weights in `Rules/tagger/ewt.tsv`, CC BY-SA 4.0): a greedy averaged perceptron. Tokens are
/// tagged left to right, each by the tag with the highest sum of its features' weights: its word,
/// suffixes, prefixes and shape, the words around it and the two tags given before it. A token's
/// tag depends on nothing to its right beyond the next two words, so tagging one token on demand
/// tags only the tokens before it, and gives the tag a whole-sentence pass gives.
package struct Tagger: Sendable {
    /// Universal POS tags, in the data file's order.
    package var tags: [String] { weights.tags }
    private let weights: TaggerWeights
    let noun: Int
    let verb: Int
    private let proper: Int

    package init(contentsOf path: String) throws(RuleError) {
        weights = try TaggerWeights(contentsOf: path)
        guard let noun = weights.tags.firstIndex(of: "NOUN"), let verb = weights.tags.firstIndex(of: "VERB"),
            let proper = weights.tags.firstIndex(of: "PROPN")
        else { throw .unreadable(file: path, reason: "the tags line lacks NOUN, VERB or PROPN") }
        (self.noun, self.verb, self.proper) = (noun, verb, proper)
    }

    /// The tags of all tokens of a sentence (indices into `tags`), in one left-to-right pass.
    func tags(of tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var tagged: [Int] = []
        tagged.reserveCapacity(tokens.count)
        let words = TaggerWord.all(tokens, text, through: tokens.count - 1)
        var scores = [Int32](repeating: 0, count: weights.tags.count)
        for index in tokens.indices {
            score(index, words, tagged, into: &scores)
            tagged.append(Self.best(scores))
        }
        return tagged
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
    /// "Consumer" opening a sentence is a common word, "Holcomb" (unknown) may be a name. Read
    /// from the word's own features, lower-cased and out of context.
    func isCommonWord(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = TaggerWord(token, text, initial: false)
        guard weights.contains(word.key(.word)) else { return false }
        var scores = [Int32](repeating: 0, count: weights.tags.count)
        let lower = word.shape & ~(TaggerWord.capitalised | TaggerWord.allCaps)
        let keys = [
            Feature.key(.bias), word.key(.word), word.key(.suffix1), word.key(.suffix2), word.key(.suffix3), word.key(.suffix4),
            word.key(.prefix2), word.key(.prefix3), Feature.key(.cased, word.word), Feature.key(.first, UInt64(word.first.asciiLowercased)),
            Feature.key(.shape, lower),
        ]
        for key in keys { weights.add(key, to: &scores) }
        return Self.best(scores) != proper
    }

    /// The scores of `tokens[index]`, after tagging the tokens before it.
    private func scores(_ index: Int, in tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Int32] {
        let words = TaggerWord.all(tokens, text, through: min(index + 2, tokens.count - 1))
        var tagged: [Int] = []
        tagged.reserveCapacity(index)
        var scores = [Int32](repeating: 0, count: weights.tags.count)
        for before in 0..<index {
            score(before, words, tagged, into: &scores)
            tagged.append(Self.best(scores))
        }
        score(index, words, tagged, into: &scores)
        return scores
    }

    /// Sets `scores` to the sums of the weights of token `index`'s features, given the tags before it.
    private func score(_ index: Int, _ words: [TaggerWord], _ tagged: [Int], into scores: inout [Int32]) {
        for tag in scores.indices { scores[tag] = 0 }
        let word = words[index]
        let previous = index > 0 ? words[index - 1] : nil
        let next = index + 1 < words.count ? words[index + 1] : nil
        let before2 = index > 1 ? words[index - 2].word : (index == 1 ? Feature.start2 : Feature.start)
        let after2 = index + 2 < words.count ? words[index + 2].word : (next != nil ? Feature.end2 : Feature.end)
        let nextWord = next?.word ?? Feature.end
        let tag1 = UInt64(index > 0 ? tagged[index - 1] : tags.count)
        let tag2 = UInt64(index > 1 ? tagged[index - 2] : tags.count + 1)
        let keys: [UInt64] = [
            Feature.key(.bias), word.key(.word), word.key(.suffix1), word.key(.suffix2), word.key(.suffix3),
            Feature.key(.first, UInt64(word.first)), Feature.key(.shape, word.shape),
            Feature.key(.previous, previous?.word ?? Feature.start), Feature.key(.next, nextWord),
            Feature.key(.previous2, before2), Feature.key(.next2, after2),
            Feature.key(.previousSuffix, previous?.suffix3 ?? Feature.start), Feature.key(.nextSuffix, next?.suffix3 ?? Feature.end),
            Feature.key(.previousShape, previous?.shape ?? Feature.noShape), Feature.key(.nextShape, next?.shape ?? Feature.noShape),
            Feature.key(.previousWord, previous?.word ?? Feature.start, word.word),
            word.key(.cased), word.key(.suffix4), word.key(.prefix2), word.key(.prefix3),
            Feature.key(.nextWord, word.word, nextWord),
            Feature.key(.tag1, tag1), Feature.key(.tags12, tag1, tag2), Feature.key(.tag1Word, tag1, word.word),
            Feature.key(.tag1Next, tag1, nextWord),
        ]
        for key in keys { weights.add(key, to: &scores) }
    }

    private static func best(_ scores: [Int32]) -> Int {
        var best = 0
        for tag in scores.indices where scores[tag] > scores[best] { best = tag }
        return best
    }
}
