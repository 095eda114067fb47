import PCRE2

/// A rule ready to run: its definition, compiled pattern and gate.
public struct CompiledRule: Sendable {
    public let definition: RuleDefinition
    public let pattern: Pattern?
    /// The pattern after `{{name}}` references were expanded.
    public let expandedPattern: String?
    /// Lexicon bits of which at least one must be present in a sentence (0: always run).
    public let gate: UInt64
    /// Groups named `cue`, `cue2`, … and `source`, `source2`, …: alternatives of one pattern
    /// may each capture their own.
    let cueGroups: [Int]
    let sourceGroups: [Int]

    public var id: String { definition.id }
    public var kind: RuleKind { definition.kind }

    /// The tag this rule argues for, if it argues for one.
    public var tag: Tag? {
        if let tag = definition.tag { return tag }
        switch definition.kind {
        case .attribution: return definition.source == .vague ? .speculative : .attributed
        case .hedge: return .speculative
        case .continuation: return .attributed
        default: return nil
        }
    }

    init(definition: RuleDefinition, pattern: Pattern?, expanded: String?, gate: UInt64) {
        self.definition = definition
        self.pattern = pattern
        expandedPattern = expanded
        self.gate = gate
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
