import PCRE2
import Yams

/// Builds a rule's spec from its checked keys (`checkedKind` has refused any key its kind does
/// not allow). Values are read in one order whatever the kind, so a file with several bad
/// values reports the same one first.
extension RuleFileParser {
    func spec(of kind: RuleKind, _ fields: [String: Node]) throws -> RuleSpec {
        switch kind {
        case .lexicon:
            return .lexicon(
                RuleSpec.WordList(
                    words: try yaml.strings(fields["words"], key: "words"),
                    inflect: try fields["inflect"].map { try yaml.enumValue($0, key: "inflect") } ?? Inflection.none,
                    partOfSpeech: try fields["part-of-speech"].map { try yaml.enumValue($0, key: "part-of-speech") }))
        case .fragment: return .fragment(try characterPattern(fields, kind: kind))
        case .boilerplate:
            return .boilerplate(
                RuleSpec.Boilerplate(
                    pattern: try characterPattern(fields, kind: kind),
                    inSentences: try fields["sentences"].map { try yaml.bool($0, key: "sentences") } ?? false))
        case .heading: return .heading(try characterPattern(fields, kind: kind))
        case .phrase:
            guard case .tokens(let tokens) = try matcher(fields, kind: kind) else { throw missingKey("tokens", kind: kind.rawValue) }
            return .phrase(tokens)
        case .attribution:
            let matcher = try matcher(fields, kind: kind)
            let source: SourceKind? = try fields["source"].map { try yaml.enumValue($0, key: "source") }
            return .attribution(
                RuleSpec.Attribution(
                    matcher: matcher, gates: try gates(fields), source: source,
                    fallback: try fields["fallback"].map { try yaml.bool($0, key: "fallback") } ?? false))
        case .hedge: return .hedge(RuleSpec.Cue(matcher: try matcher(fields, kind: kind), gates: try gates(fields)))
        case .exception: return .exception(RuleSpec.Cue(matcher: try matcher(fields, kind: kind), gates: try gates(fields)))
        case .source:
            let matcher = try matcher(fields, kind: kind)
            return .source(RuleSpec.SourceType(matcher: matcher, kind: try fields["source"].map { try yaml.enumValue($0, key: "source") }))
        case .abbreviations:
            return .abbreviations(
                RuleSpec.Abbreviations(
                    neverFinal: try yaml.strings(fields["never-final"], key: "never-final"),
                    maybeFinal: try yaml.strings(fields["maybe-final"], key: "maybe-final"),
                    starters: try yaml.strings(fields["starters"], key: "starters")))
        case .continuation:
            return .continuation(try continuation(fields))
        }
    }

    /// A `pattern:` (with its `flags:`) or a `tokens:` pattern, not both: a rule has one. A
    /// `pattern:` may be a list of strings, joined as they are: a long pattern keeps short lines.
    private func matcher(_ fields: [String: Node], kind: RuleKind) throws -> RuleMatcher {
        let pattern = try fields["pattern"].map { node in
            node.sequence == nil ? try yaml.string(node, key: "pattern") : try yaml.strings(node, key: "pattern").joined()
        }
        let tokens = try fields["tokens"].map { try yaml.string($0, key: "tokens") }
        let flags = try flags(fields["flags"])
        if let node = fields["tokens"], let tokens {
            if pattern != nil {
                throw RuleError.conflictingKeys(file: file, line: node.line, column: node.column, key: "tokens", other: "pattern")
            }
            if let flagsNode = fields["flags"] {
                throw RuleError.conflictingKeys(file: file, line: flagsNode.line, column: flagsNode.column, key: "flags", other: "tokens")
            }
            return .tokens(TokenPatternText(text: tokens, location: RuleLocation(line: node.line, column: node.column)))
        }
        guard let node = fields["pattern"], let pattern else {
            throw missingKey(kind.traits.needsOneOf.first ?? "pattern", kind: kind.rawValue)
        }
        return .characters(CharacterPattern(text: pattern, flags: flags, location: RuleLocation(line: node.line, column: node.column)))
    }

    private func characterPattern(_ fields: [String: Node], kind: RuleKind) throws -> CharacterPattern {
        guard case .characters(let pattern) = try matcher(fields, kind: kind) else { throw missingKey("pattern", kind: kind.rawValue) }
        return pattern
    }

    private func gates(_ fields: [String: Node]) throws -> RuleSpec.Gates {
        RuleSpec.Gates(
            requires: try yaml.strings(fields["requires"], key: "requires"),
            contains: try yaml.strings(fields["contains"], key: "contains"))
    }

    private func continuation(_ fields: [String: Node]) throws -> RuleSpec.Continuation {
        var settings = RuleSpec.Continuation()
        settings.speakerRoles = try yaml.strings(fields["speaker-roles"], key: "speaker-roles")
        settings.notSpeakers = try yaml.strings(fields["not-speakers"], key: "not-speakers")
        if let node = fields["min-words"] { settings.minWords = try yaml.wholeNumber(node, key: "min-words") }
        if let node = fields["min-turns"] { settings.minTurns = try yaml.wholeNumber(node, key: "min-turns") }
        return settings
    }

    private func flags(_ node: Node?) throws -> PatternOptions {
        var options: PatternOptions = []
        guard let node else { return options }
        guard node.sequence != nil else { throw yaml.wrongType(node, key: "flags", expected: "a list") }
        for (name, item) in try yaml.stringItems(node, key: "flags") {
            guard let flag = Self.flagNames[name] else {
                throw yaml.badValue(item, key: "flags", expected: "expected: " + Self.flagNames.keys.sorted().joined(separator: ", "))
            }
            options.insert(flag)
        }
        return options
    }
}
