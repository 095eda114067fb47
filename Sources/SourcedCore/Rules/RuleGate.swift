/// What a sentence must hold for a rule to run on it, checked in one place: a word of one of
/// its lexicons, one of the literals every match holds (`RequiredLiterals`) and one of its
/// `contains` strings. Each part is cheap to test before the pattern runs.
struct RuleGate: Sendable {
    /// Lexicon bits of which at least one must be present in a sentence (0: no such gate).
    let lexicons: UInt64
    /// Literals of which every match holds one, nil when none is known or the rule is past the
    /// prefilter's capacity.
    let required: [[UInt8]]?
    /// The `LiteralPrefilter` bit of `required`: the rule's place in its pack.
    let requiredBit: Int
    /// The author's `contains` strings, ASCII-lower-cased: one must occur in the sentence, in
    /// any case (empty: no such gate).
    let contains: [[UInt8]]
    /// The `LiteralPrefilter` bit of `contains`, nil when there are none or no bit is left:
    /// then they are looked for one by one.
    let containsBit: Int?

    /// The gate of rule `index` of a pack of `count` rules (`LiteralPrefilter` numbers its bits so).
    init(lexicons: UInt64, required: [[UInt8]]?, contains: [String], index: Int, count: Int) {
        self.lexicons = lexicons
        self.required = index < LiteralPrefilter.capacity ? required : nil
        requiredBit = index
        self.contains = contains.map { $0.utf8.map(\.asciiLowercased) }
        let bit = LiteralPrefilter.containsBit(ofRule: index, in: count)
        containsBit = self.contains.isEmpty || bit >= LiteralPrefilter.capacity ? nil : bit
    }

    /// Whether a rule may run on a sentence with lexicon bits `mask` and the literals `found`
    /// (required and `contains` bits of `LiteralPrefilter`).
    func admits(_ mask: UInt64, _ found: RuleBits, _ sentence: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lexicons == 0 || lexicons & mask != 0 else { return false }
        guard required == nil || found.contains(requiredBit) else { return false }
        guard !contains.isEmpty else { return true }
        if let containsBit { return found.contains(containsBit) }
        return contains.contains { Self.occurs($0, in: sentence) }
    }

    /// The `contains` literals for the prefilter; nil when the rule has none or no bit.
    var prefilterContains: [[UInt8]]? { containsBit == nil ? nil : contains }

    /// A case-blind search, as the prefilter's, for the rules past its capacity.
    private static func occurs(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            needle.indices.allSatisfy { haystack[start + $0].asciiLowercased == needle[$0] }
        }
    }
}
