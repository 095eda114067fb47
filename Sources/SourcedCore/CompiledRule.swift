import PCRE2

/// A rule ready to run: its definition, compiled pattern and gate.
public struct CompiledRule: Sendable {
    public let definition: RuleDefinition
    public let pattern: Pattern?
    /// The pattern after `{{name}}` references were expanded.
    public let expandedPattern: String?
    /// Lexicon bits of which at least one must be present in a sentence (0: always run).
    public let gate: UInt64
    let cueGroup: Int?
    let sourceGroup: Int?

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
        cueGroup = pattern?.group(named: "cue")
        sourceGroup = pattern?.group(named: "source")
    }

    /// The cue span of a match: the `cue` group, else the whole match.
    func cue(of match: Match) -> Range<Int> { cueGroup.flatMap { match[$0] } ?? match.range }

    func source(of match: Match) -> Range<Int>? { sourceGroup.flatMap { match[$0] } }
}
