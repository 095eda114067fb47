/// The three tags a sentence can carry.
package enum Tag: String, Sendable, Codable, CaseIterable {
    case attributed, speculative, unattributed
}

/// The kind of source an attribution rests on.
package enum SourceKind: String, Sendable, Codable, CaseIterable {
    case named, document, anonymous, pronoun, vague
    /// Decided from the source span by the `source` rules.
    case auto

    /// Whether a source of this kind makes a sentence attributed rather than speculative.
    package var isSpecific: Bool { self != .vague && self != .auto }
}

/// The engine primitives a rule file can use.
package enum RuleKind: String, Sendable, CaseIterable {
    /// A word list with inflections, referred to from patterns as `{{name}}`.
    case lexicon
    /// A named piece of pattern, referred to from patterns as `{{name}}`.
    case fragment
    /// A token pattern for phrases found once per sentence and shared by every token rule,
    /// which refers to one whole phrase as `{name}` ("{source} said").
    case phrase
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

/// A rule example: a sentence with `⟦cue⟧` and optional `⟪source⟫` markers.
package struct RuleExample: Sendable {
    package let text: String
    package let shouldMatch: Bool
    /// 1-based line of the example in its rule file.
    package let line: Int
}

/// A rule as written in its YAML file, validated but not compiled: what every kind has, and
/// its `spec`, what its kind has.
package struct RuleDefinition: Sendable {
    /// The id, derived from the path: `Rules/speculative/reportedly.yml` is `speculative.reportedly`.
    package let id: String
    package let file: String
    package let explain: String
    /// The tag the file names, overriding the one its kind argues for.
    package let tag: Tag?
    package let spec: RuleSpec
    package let examples: [RuleExample]

    package var kind: RuleKind { spec.kind }

    /// The name other rules use to refer to this one in `{{…}}`: the file name's stem.
    package var referenceName: String { Self.referenceName(of: id) }

    package static func referenceName(of id: String) -> String { String(id.split(separator: ".").last ?? "") }

    /// The character pattern it runs or lends, if it has one.
    package var characterPattern: CharacterPattern? {
        guard case .characters(let pattern) = spec.matcher else { return nil }
        return pattern
    }

    /// The token pattern it runs, if it has one.
    package var tokenPattern: TokenPatternText? {
        guard case .tokens(let tokens) = spec.matcher else { return nil }
        return tokens
    }

    /// Where its pattern starts, for error messages (the file's start when it has none).
    package var patternLocation: RuleLocation { spec.matcher?.location ?? RuleLocation(line: 1, column: 1) }
}

/// How a lexicon's words read in a sentence.
package enum PartOfSpeech: String, Sendable, CaseIterable {
    case verb, noun, adjective
}

/// How lexicon words are inflected.
package enum Inflection: String, Sendable, CaseIterable {
    case none, verb, noun
}
