import PCRE2

/// What a rule is, by kind: each payload holds only what that kind's file may say, so code that
/// reads a rule switches over its kind once and cannot read a key the kind does not have.
package enum RuleSpec: Sendable {
    case lexicon(WordList)
    case fragment(CharacterPattern)
    case phrase(TokenPatternText)
    case attribution(Attribution)
    case hedge(Cue)
    case exception(Cue)
    case source(SourceType)
    case boilerplate(Boilerplate)
    case heading(CharacterPattern)
    case abbreviations(Abbreviations)
    case continuation(Continuation)

    /// A word list (`lexicon`): referred to from patterns as `{{name}}`.
    package struct WordList: Sendable {
        package let words: [String]
        package let inflect: Inflection
        /// How its words read in a sentence. A verb list's word that the tagger reads as a noun
        /// ("weeks of street protests") cannot be the cue of a rule built on it.
        package let partOfSpeech: PartOfSpeech?
    }

    /// A block that is not part of the article; with `sentences: true` also a sentence inside a
    /// paragraph that starts as the pattern does (furniture run on into it).
    package struct Boilerplate: Sendable {
        package let pattern: CharacterPattern
        package let inSentences: Bool
    }

    /// A rule that ties a sentence to a source.
    package struct Attribution: Sendable {
        package let matcher: RuleMatcher
        package let gates: Gates
        /// The kind of its sources; nil: decided from each source span by the `source` rules.
        package let source: SourceKind?
        /// Decides a sentence only when no other rule attributes it and no hedge is found: a cue
        /// word whose source the rules could not delimit.
        package let fallback: Bool
    }

    /// A hedge, or an exception (wording that blocks the cues inside it).
    package struct Cue: Sendable {
        package let matcher: RuleMatcher
        package let gates: Gates
    }

    /// A `source` rule: the kind of the source spans it matches (nil: named).
    package struct SourceType: Sendable {
        package let matcher: RuleMatcher
        package let kind: SourceKind?
    }

    /// Word lists for the sentence splitter.
    package struct Abbreviations: Sendable {
        package let neverFinal: [String]
        package let maybeFinal: [String]
        package let starters: [String]
    }

    /// Settings of the quotation and transcript continuations; the defaults are the engine's.
    package struct Continuation: Sendable {
        /// Quoted words a sentence needs to continue its neighbour's quotation.
        package var minWords = 3
        /// Labelled paragraphs a document needs to read as a transcript.
        package var minTurns = 2
        package var speakerRoles: [String] = []
        package var notSpeakers: [String] = []
    }

    /// What lets a sentence run: the author's `requires` lexicons and `contains` literals.
    package struct Gates: Sendable {
        /// Lexicons of which one must have a word in the sentence.
        package let requires: [String]
        /// Literal strings of which at least one must occur in a sentence, in any case.
        package let contains: [String]

        package static let none = Gates(requires: [], contains: [])
    }

    /// The kind this spec is of.
    package var kind: RuleKind {
        switch self {
        case .lexicon: .lexicon
        case .fragment: .fragment
        case .phrase: .phrase
        case .attribution: .attribution
        case .hedge: .hedge
        case .exception: .exception
        case .source: .source
        case .boilerplate: .boilerplate
        case .heading: .heading
        case .abbreviations: .abbreviations
        case .continuation: .continuation
        }
    }

    /// The pattern the rule runs or lends (a fragment's), nil for settings and word lists.
    package var matcher: RuleMatcher? {
        switch self {
        case .fragment(let pattern), .heading(let pattern): .characters(pattern)
        case .boilerplate(let rule): .characters(rule.pattern)
        case .phrase(let tokens): .tokens(tokens)
        case .attribution(let rule): rule.matcher
        case .hedge(let rule), .exception(let rule): rule.matcher
        case .source(let rule): rule.matcher
        case .lexicon, .abbreviations, .continuation: nil
        }
    }

    /// The gates the author wrote (none for kinds that have none).
    package var gates: Gates {
        switch self {
        case .attribution(let rule): rule.gates
        case .hedge(let rule), .exception(let rule): rule.gates
        case .lexicon, .fragment, .phrase, .source, .boilerplate, .heading, .abbreviations, .continuation: .none
        }
    }

    /// The source kind the file names (`source:`), if it names one.
    package var declaredSource: SourceKind? {
        switch self {
        case .attribution(let rule): rule.source
        case .source(let rule): rule.kind
        case .lexicon, .fragment, .phrase, .hedge, .exception, .boilerplate, .heading, .abbreviations, .continuation: nil
        }
    }
}

/// What a rule's pattern matches: characters of the text, or its tokens (see `TokenPattern`).
package enum RuleMatcher: Sendable {
    case characters(CharacterPattern)
    case tokens(TokenPatternText)

    /// Line and column of the pattern in its file, for error messages.
    package var location: RuleLocation {
        switch self {
        case .characters(let pattern): pattern.location
        case .tokens(let tokens): tokens.location
        }
    }
}

/// A PCRE2 pattern as written, with its flags.
package struct CharacterPattern: Sendable {
    package let text: String
    package let flags: PatternOptions
    package let location: RuleLocation
}

/// A token pattern as written (`{source} {adverb}? {say}`).
package struct TokenPatternText: Sendable {
    package let text: String
    package let location: RuleLocation
}

/// A place in a rule file, 1-based.
package struct RuleLocation: Sendable, Equatable {
    package let line: Int
    package let column: Int
}
