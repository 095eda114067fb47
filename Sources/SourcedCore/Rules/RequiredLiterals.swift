import Foundation

/// Finds, in a PCRE2 pattern, a set of literal strings of which every match must contain at
/// least one, so a rule can be skipped on a sentence that holds none of them (see
/// `LiteralPrefilter`). Literals are ASCII-lower-cased: the gate is case-blind, which only
/// makes it admit more.
///
/// The analysis is conservative. Anything it does not understand (a class of many
/// characters, `\w`, a back-reference) counts as "some character"; constructs that could
/// change what the rest means (recursion, conditionals, callouts, verbs, `\Q`, extended mode)
/// give no set at all, and the rule simply runs on every sentence.
enum RequiredLiterals {
    /// The set, or nil when the pattern has none worth a gate. `{{name}}` references are read
    /// from `references` (a missing or nil entry: no set).
    static func of(_ pattern: String, caseless: Bool, references: [String: Facts?] = [:]) -> [[UInt8]]? {
        guard let gate = facts(of: pattern, caseless: caseless, references: references)?.best else { return nil }
        return gate.literals.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// What every match of `pattern` holds, nil when the pattern is not understood.
    static func facts(of pattern: String, caseless: Bool, references: [String: Facts?]) -> Facts? {
        var parser = Parser(bytes: Array(pattern.utf8), caseless: caseless, references: references)
        guard let facts = try? parser.alternation(), parser.index == parser.bytes.count else { return nil }
        return facts
    }

    /// A word list's facts, from its forms: each form holds its longest run of ASCII letters
    /// (the lexicon's regex lets spaces, hyphens and apostrophes vary).
    static func facts(ofForms forms: [String]) -> Facts {
        var pieces: Set<[UInt8]> = []
        var plain = true
        for form in forms {
            let runs = form.utf8.split { !((0x61...0x7A).contains($0) || (0x41...0x5A).contains($0)) }
            plain = plain && runs.count == 1 && runs[0].count == form.utf8.count
            pieces.insert(runs.map { $0.map(\.asciiLowercased) }.max { $0.count < $1.count } ?? [])
        }
        if pieces.contains([]) { return .anything }
        return Facts(exact: plain && pieces.count <= maxExact ? pieces : nil, required: Gate(pieces))
    }

    /// A literal set and how often a sentence would hold one of them, roughly: short literals
    /// and common words are nearly everywhere, each further letter halves the odds. Sets
    /// scoring `maxScore` or more are no gate and are dropped as soon as they get there, which
    /// keeps the analysis of large word lists cheap.
    struct Gate {
        private(set) var literals: Set<[UInt8]> = []
        private(set) var score: Double = 0

        static let maxScore = 4.0

        init?(_ literals: Set<[UInt8]>) {
            for literal in literals { guard insert(literal) else { return nil } }
        }

        /// Adds a literal; false once the set is no longer worth a gate.
        mutating func insert(_ literal: [UInt8]) -> Bool {
            if literals.insert(literal).inserted { score += Self.weight(literal) }
            return score < Self.maxScore
        }

        static func weight(_ literal: [UInt8]) -> Double {
            let letters = literal.filter { (0x61...0x7A).contains($0) }.count
            // Punctuation (':', '“', "''") is rare in a sentence; one letter or digit is in all.
            if letters == 0 {
                let plain = literal.count == 1 && ((0x30...0x39).contains(literal[0]) || literal[0] <= 0x20)
                return plain ? maxScore : 0.5
            }
            // Literals match inside words too: "it" is in "with", "city", "its".
            switch literal.count {
            case ..<3: return letters == 1 && literal.count == 1 ? maxScore : 2
            case _ where commonWords.contains(literal): return literal.count == 3 ? 1 : 0.6
            default: return 1 / Double(1 << min(literal.count - 2, 30))
            }
        }

        /// Words in most news sentences: a gate on them would run the rule almost everywhere.
        private static let commonWords: Set<[UInt8]> = Set(
            """
            the and that for with was are has have had not but his her its their they this from
            who which will would said says say can could one been were all more also about
            """.split(whereSeparator: \.isWhitespace).map { Array($0.utf8) })

        /// Both sets together, nil when that is no gate.
        func union(_ other: Gate) -> Gate? {
            var merged = score >= other.score ? self : other
            for literal in (score >= other.score ? other : self).literals { guard merged.insert(literal) else { return nil } }
            return merged
        }
    }

    struct Unsupported: Error {}

    /// What is known about the strings a piece of pattern matches.
    struct Facts {
        /// Every string it can match, when there are few ([] = the empty string).
        var exact: Set<[UInt8]>?
        /// One of these occurs in every match.
        var required: Gate?

        static let empty = Facts(exact: [[]], required: nil)
        static let anything = Facts(exact: nil, required: nil)

        /// The better of `required` and `exact` as a gate.
        var best: Gate? {
            let usableExact = exact.flatMap { $0.contains([]) ? nil : Gate($0) }
            return RequiredLiterals.better(required, usableExact)
        }
    }

    static func better(_ a: Gate?, _ b: Gate?) -> Gate? {
        guard let a else { return b }
        guard let b else { return a }
        return b.score < a.score ? b : a
    }

    static let maxExact = 64
    static let maxLength = 32
}
