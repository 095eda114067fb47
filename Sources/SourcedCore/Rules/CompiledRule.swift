import PCRE2

/// A rule ready to run: what running and reporting need of its definition, its compiled
/// pattern and its gate. The YAML form stays with the pack (`RulePack.definitions`).
package final class CompiledRule: Sendable {
    package let id: String
    package let file: String
    package let kind: RuleKind
    /// The tag this rule argues for, if it argues for one.
    package let tag: Tag?
    /// The kind of source its matches name: an attribution's (`auto`: decided by the `source`
    /// rules) or a `source` rule's; nil for the kinds that name none.
    package let sourceKind: SourceKind?
    /// An attribution that runs only on a sentence nothing else attributes or hedges.
    package let fallback: Bool
    /// A continuation rule's settings.
    package let continuation: RuleSpec.Continuation?
    /// A boilerplate rule that also judges the sentences of a paragraph after its first.
    let inSentences: Bool
    package let pattern: Pattern?
    /// The pattern after `{{name}}` references were expanded.
    package let expandedPattern: String?
    let gate: RuleGate
    /// Groups named `cue`, `cue2`, … and `source`, `source2`, …: alternatives of one pattern
    /// may each capture their own.
    let cueGroups: [Int]
    let sourceGroups: [Int]

    /// Whether `pattern` runs over the sentence's token encoding (a `tokens:` rule).
    let overTokens: Bool
    /// Whether the token pattern names a part of speech.
    let usesTags: Bool
    /// Whether the token pattern reads a phrase (`{source}`).
    let usesPhrases: Bool
    /// The lexicons a token pattern's cue group names (its cues' word lists).
    let cueLexicons: UInt64

    /// The required literals as text (lower case; matched in any case), nil when none is known.
    package var requiredText: [String]? { gate.required?.map { String(decoding: $0, as: UTF8.self) } }
    /// The name other rules use to refer to it (see `RuleDefinition.referenceName`).
    package var referenceName: String { RuleDefinition.referenceName(of: id) }

    init(
        definition: RuleDefinition, pattern: Pattern?, expanded: String?, gate: RuleGate, tokens: TokenPattern? = nil
    ) {
        id = definition.id
        file = definition.file
        kind = definition.kind
        tag = definition.tag ?? definition.kind.argues(source: definition.spec.declaredSource)
        switch definition.spec {
        case .attribution(let rule):
            (sourceKind, fallback, continuation) = (rule.source ?? .auto, rule.fallback, nil)
        case .source(let rule):
            (sourceKind, fallback, continuation) = (rule.kind ?? .named, false, nil)
        case .continuation(let settings):
            (sourceKind, fallback, continuation) = (nil, false, settings)
        case .lexicon, .fragment, .phrase, .hedge, .exception, .boilerplate, .heading, .abbreviations:
            (sourceKind, fallback, continuation) = (nil, false, nil)
        }
        if case .boilerplate(let rule) = definition.spec { inSentences = rule.inSentences } else { inSentences = false }
        self.pattern = pattern
        expandedPattern = expanded
        self.gate = gate
        overTokens = tokens != nil
        usesTags = tokens?.usesTags ?? false
        usesPhrases = tokens?.usesPhrases ?? false
        cueLexicons = tokens?.cueLexicons ?? 0
        cueGroups = Self.groups(in: pattern, prefix: "cue")
        sourceGroups = Self.groups(in: pattern, prefix: "source")
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
