/// What each kind of rule allows, needs, runs on and argues, answered in one exhaustive
/// `switch`: a new kind does not compile until every question has its answer.
extension RuleKind {
    package struct Traits: Sendable {
        /// Keys its file may hold beyond `version kind tag explain examples`.
        let keys: [String]
        /// Keys of which the file must hold one (empty: none needed).
        let needsOneOf: [String]
        /// What its matches are run on.
        let subject: Subject
        /// Whether a `tokens:` pattern may refer to phrases (a phrase cannot: phrases are found
        /// before any rule reads them).
        let readsPhrases: Bool
        /// Whether the matcher may refuse a match whose cue an exception blocked (`(?C1)`).
        let refusable: Bool
        /// Whether it needs a `cue` group.
        let needsCue: Bool
    }

    /// What a rule's matches are run on.
    package enum Subject: Sendable {
        /// Every sentence of the article body.
        case sentence
        /// The text of a source span, to type it.
        case sourceSpan
        /// A whole block, to tell furniture from the article.
        case block
        /// Nothing: a word list, a piece of pattern, splitter or continuation settings.
        case nothing
    }

    package var traits: Traits {
        let gates = ["requires", "contains"]
        switch self {
        case .lexicon:
            return Traits(
                keys: ["words", "inflect", "part-of-speech"], needsOneOf: ["words"], subject: .nothing, readsPhrases: false,
                refusable: false, needsCue: false)
        case .fragment:
            return Traits(
                keys: ["pattern", "flags"], needsOneOf: ["pattern"], subject: .nothing, readsPhrases: false, refusable: false,
                needsCue: false)
        case .phrase:
            return Traits(
                keys: ["tokens"], needsOneOf: ["tokens"], subject: .sentence, readsPhrases: false, refusable: false, needsCue: false)
        case .attribution:
            return Traits(
                keys: ["pattern", "tokens", "flags", "source", "fallback"] + gates, needsOneOf: ["pattern", "tokens"], subject: .sentence,
                readsPhrases: true, refusable: true, needsCue: true)
        case .hedge:
            return Traits(
                keys: ["pattern", "tokens", "flags"] + gates, needsOneOf: ["pattern", "tokens"], subject: .sentence, readsPhrases: true,
                refusable: true, needsCue: false)
        case .exception:
            return Traits(
                keys: ["pattern", "tokens", "flags"] + gates, needsOneOf: ["pattern", "tokens"], subject: .sentence, readsPhrases: true,
                refusable: false, needsCue: false)
        case .source:
            return Traits(
                keys: ["pattern", "tokens", "flags", "source"], needsOneOf: ["pattern", "tokens"], subject: .sourceSpan,
                readsPhrases: false,
                refusable: false, needsCue: false)
        case .boilerplate:
            return Traits(
                keys: ["pattern", "flags", "sentences"], needsOneOf: ["pattern"], subject: .block, readsPhrases: false, refusable: false,
                needsCue: false)
        case .heading:
            return Traits(
                keys: ["pattern", "flags"], needsOneOf: ["pattern"], subject: .block, readsPhrases: false, refusable: false, needsCue: false
            )
        case .abbreviations:
            return Traits(
                keys: ["never-final", "maybe-final", "starters"], needsOneOf: [], subject: .nothing, readsPhrases: false, refusable: false,
                needsCue: false)
        case .continuation:
            return Traits(
                keys: ["min-words", "min-turns", "speaker-roles", "not-speakers"], needsOneOf: [], subject: .nothing, readsPhrases: false,
                refusable: false, needsCue: false)
        }
    }

    /// The tag a rule of this kind argues for: an attribution's depends on its source (a vague
    /// one is speculative), a hedge's is speculative; `tag:` in the file overrides it.
    package func argues(source: SourceKind?) -> Tag? {
        switch self {
        case .attribution: return source == .vague ? .speculative : .attributed
        case .hedge: return .speculative
        case .continuation: return .attributed
        case .lexicon, .fragment, .phrase, .exception, .source, .boilerplate, .heading, .abbreviations: return nil
        }
    }

    /// Kinds that classify whole blocks rather than find cues in sentences.
    package var judgesBlocks: Bool { traits.subject == .block }
}
