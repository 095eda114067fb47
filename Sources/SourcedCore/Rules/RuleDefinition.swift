import PCRE2

/// The three tags a sentence can carry.
public enum Tag: String, Sendable, Codable, CaseIterable {
    case attributed, speculative, unattributed
}

/// The kind of source an attribution rests on.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
    case named, document, anonymous, pronoun, vague
    /// Decided from the source span by the `source` rules.
    case auto

    /// Whether a source of this kind makes a sentence attributed rather than speculative.
    public var isSpecific: Bool { self != .vague && self != .auto }
}

/// The engine primitives a rule file can use.
public enum RuleKind: String, Sendable, CaseIterable {
    /// A word list with inflections, referred to from patterns as `{{name}}`.
    case lexicon
    /// A named piece of pattern, referred to from patterns as `{{name}}`.
    case fragment
    /// A cue that ties a sentence to a source: groups `cue` and optional `source`.
    case attribution
    /// A hedge: group `cue` (or the whole match) marks the hedged wording.
    case hedge
    /// Wording that looks like a cue but is not one ("May" the month): cues inside it are dropped.
    case exception
    /// Decides the kind of a source span (`source: vague`, …) for `source: auto` rules.
    case source
    /// A block that is not part of the article (promo links, credits, footers).
    case boilerplate
    /// A block that is a section heading whatever its layout ("2:30 p.m." in a live blog).
    case heading
    /// Abbreviations and sentence starters for the sentence splitter.
    case abbreviations
    /// Quotations that continue a neighbouring attributed sentence.
    case continuation
}

extension RuleKind {
    /// Kinds that classify whole blocks rather than find cues in sentences.
    public var judgesBlocks: Bool { self == .boilerplate || self == .heading }
}

/// A rule example: a sentence with `⟦cue⟧` and optional `⟪source⟫` markers.
public struct RuleExample: Sendable {
    public let text: String
    public let shouldMatch: Bool
    /// 1-based line of the example in its rule file.
    public let line: Int
}

/// A rule as written in its YAML file, validated but not compiled.
public struct RuleDefinition: Sendable {
    /// The id, derived from the path: `Rules/speculative/reportedly.yml` is `speculative.reportedly`.
    public let id: String
    public let file: String
    public let kind: RuleKind
    public let explain: String
    public let tag: Tag?
    public let pattern: String?
    /// Line and column of the pattern in the file, for error messages.
    public let patternLocation: (line: Int, column: Int)
    public let flags: PatternOptions
    public let source: SourceKind?
    public let requires: [String]
    /// Literal strings of which at least one must occur in a sentence for the rule to run.
    public let contains: [String]
    public let words: [String]
    public let inflect: Inflection
    public let lists: [String: [String]]
    public let parameters: [String: Int]
    /// An attribution rule that decides a sentence only when no other rule attributes it
    /// and no hedge is found: a cue word whose source the rules could not delimit.
    public let fallback: Bool
    public let examples: [RuleExample]

    /// The name other rules use to refer to this one in `{{…}}`: the file name's stem.
    public var referenceName: String { String(id.split(separator: ".").last ?? "") }
}

/// How lexicon words are inflected.
public enum Inflection: String, Sendable, CaseIterable {
    case none, verb, noun
}
