import PCRE2

/// A rule ready to run: its definition, compiled pattern and gate.
package final class CompiledRule: Sendable {
    package let definition: RuleDefinition
    package let pattern: Pattern?
    /// The pattern after `{{name}}` references were expanded.
    package let expandedPattern: String?
    /// Lexicon bits of which at least one must be present in a sentence (0: always run).
    package let gate: UInt64
    /// The author's `contains` strings, ASCII-lower-cased: one must occur in the sentence, in
    /// any case (empty: no such gate).
    let literals: [[UInt8]]
    /// Groups named `cue`, `cue2`, … and `source`, `source2`, …: alternatives of one pattern
    /// may each capture their own.
    let cueGroups: [Int]
    let sourceGroups: [Int]
    /// The rule's place in its pack (definition order): its bit in `LiteralPrefilter` results.
    let index: Int
    /// Literals of which every match holds one (see `RequiredLiterals`), nil when none is known.
    let requiredLiterals: [[UInt8]]?
    /// The `LiteralPrefilter` bit of the `contains` literals, nil when there are none or no
    /// bit is left: then they are looked for one by one.
    let containsBit: Int?

    package var id: String { definition.id }
    /// Whether `pattern` runs over the sentence's token encoding (a `tokens:` rule).
    let overTokens: Bool
    /// Whether the token pattern names a part of speech.
    let usesTags: Bool
    /// Whether the token pattern reads a phrase (`{source}`).
    let usesPhrases: Bool
    /// The lexicons a token pattern's cue group names (its cues' word lists).
    let cueLexicons: UInt64

    /// The required literals as text (lower case; matched in any case), nil when none is known.
    package var requiredText: [String]? { requiredLiterals?.map { String(decoding: $0, as: UTF8.self) } }
    package var kind: RuleKind { definition.kind }

    /// The tag this rule argues for, if it argues for one.
    package var tag: Tag? { definition.tag ?? definition.kind.argues(source: definition.source) }

    init(
        definition: RuleDefinition, index: Int, pattern: Pattern?, expanded: String?, gate: UInt64,
        overTokens: Bool = false, usesTags: Bool = false, usesPhrases: Bool = false, cueLexicons: UInt64 = 0,
        requiredLiterals: [[UInt8]]? = nil, containsBit: Int? = nil
    ) {
        self.overTokens = overTokens
        self.usesTags = usesTags
        self.usesPhrases = usesPhrases
        self.cueLexicons = cueLexicons
        self.definition = definition
        self.index = index
        self.requiredLiterals = index < LiteralPrefilter.capacity ? requiredLiterals : nil
        self.pattern = pattern
        expandedPattern = expanded
        self.gate = gate
        literals = definition.contains.map { $0.utf8.map(\.asciiLowercased) }
        self.containsBit = literals.isEmpty ? nil : containsBit.flatMap { $0 < LiteralPrefilter.capacity ? $0 : nil }
        cueGroups = Self.groups(in: pattern, prefix: "cue")
        sourceGroups = Self.groups(in: pattern, prefix: "source")
    }

    /// Whether the rule's gates let it run on a sentence with lexicon bits `mask` and the
    /// literals `found` (required and `contains` bits of `LiteralPrefilter`).
    func admits(_ mask: UInt64, _ found: RuleBits, _ sentence: UnsafeBufferPointer<UInt8>) -> Bool {
        guard gate == 0 || gate & mask != 0 else { return false }
        guard requiredLiterals == nil || found.contains(index) else { return false }
        guard !literals.isEmpty else { return true }
        if let containsBit { return found.contains(containsBit) }
        return literals.contains { Self.occurs($0, in: sentence) }
    }

    /// The `contains` literals for the prefilter; nil when the rule has none or no bit.
    var containsLiterals: [[UInt8]]? { containsBit == nil ? nil : literals }

    /// A case-blind search, as the prefilter's, for the rules past its capacity.
    private static func occurs(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            needle.indices.allSatisfy { haystack[start + $0].asciiLowercased == needle[$0] }
        }
    }

    /// The cue span of a match: the `cue` group, else the whole match.
    func cue(of match: Match) -> Range<Int> { cueGroups.lazy.compactMap { match[$0] }.first ?? match.range }

    func source(of match: Match) -> Range<Int>? { sourceGroups.lazy.compactMap { match[$0] }.first }

    private static func groups(in pattern: Pattern?, prefix: String) -> [Int] {
        guard let pattern else { return [] }
        return pattern.namedGroups.filter { name, _ in
            name.hasPrefix(prefix) && name.dropFirst(prefix.count).allSatisfy(\.isNumber)
        }.sorted { $0.key < $1.key }.map(\.value)
    }
}
