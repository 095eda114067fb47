import Dispatch
import Foundation
import PCRE2

/// Expands `{{name}}` references and compiles every pattern once.
struct RuleCompiler {
    let definitions: [RuleDefinition]
    let lexicons: [String: Lexicon]
    private let fragments: [String: RuleDefinition]
    /// `{{a}}` and `{{a|b}}` references: one trie of the word lists, by reference name (built
    /// only for lists a pattern names).
    private let combined: [String: String]
    /// What every match of each lexicon and fragment holds, for `RequiredLiterals`.
    private let literalFacts: [String: RequiredLiterals.Facts?]
    /// Literal words of the token patterns, lower case, by id (one table for the pack).
    let tokenWords: [String: Int]
    /// Lexicon bits by name, for token patterns.
    let lexiconBits: [String: Int]
    /// Each definition's token pattern, translated once while word ids are given (nil: none or invalid).
    let tokenPatterns: [TokenPattern?]
    /// Phrase rules by name, their index in file order (see `TokenClass.phraseStart`).
    let phrases: [String: Int]
    /// Bits of the lexicons that hold a form of several words.
    let multiWord: UInt64

    init(definitions: [RuleDefinition]) throws(RuleError) {
        self.definitions = definitions
        let phraseRules = definitions.filter { $0.kind == .phrase }
        if phraseRules.count > TokenClass.maxPhrases {
            throw .tooManyPhrases(file: phraseRules[TokenClass.maxPhrases].file, limit: TokenClass.maxPhrases)
        }
        phrases = Dictionary(phraseRules.enumerated().map { ($1.referenceName, $0) }, uniquingKeysWith: { first, _ in first })
        let lists = definitions.compactMap { definition -> (name: String, file: String, list: RuleSpec.WordList)? in
            guard case .lexicon(let list) = definition.spec else { return nil }
            return (definition.referenceName, definition.file, list)
        }
        if lists.count > RulePack.maxLexicons {
            throw .tooManyLexicons(file: lists[RulePack.maxLexicons].file, limit: RulePack.maxLexicons)
        }
        // Inflecting and factoring the word lists is a good part of start-up: on all cores.
        let built = try ParallelRuleWork.map(
            lists.count, cost: { lists[$0].list.words.count },
            { (bit) throws(RuleError) -> Lexicon in
                let (name, _, list) = lists[bit]
                return Lexicon(name: name, bit: bit, words: list.words, inflection: list.inflect)
            })
        let lexicons = Dictionary(built.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.lexicons = lexicons
        multiWord = lexicons.values.filter { $0.forms.contains { $0.contains(" ") } }.reduce(0) { $0 | 1 << UInt64($1.bit) }
        let fragments = Dictionary(
            definitions.filter { $0.kind == .fragment }.map { ($0.referenceName, $0) }, uniquingKeysWith: { a, _ in a })
        self.fragments = fragments
        var facts: [String: RequiredLiterals.Facts] = [:]
        // Unknown parts are left out here and reported by `expand`.
        let names = Self.combinedReferences(in: definitions).sorted().filter { name in
            name.split(separator: "|").allSatisfy { lexicons[$0.trimmedBlanks] != nil }
        }
        let merged = try ParallelRuleWork.map(names.count) { (index) throws(RuleError) in
            let parts = names[index].split(separator: "|").map(\.trimmedBlanks)
            let forms = Array(Set(parts.flatMap { lexicons[$0]!.forms })).sorted()
            return (Lexicon.regex(of: forms), RequiredLiterals.facts(ofForms: forms))
        }
        var combined: [String: String] = [:]
        for (name, (regex, literals)) in zip(names, merged) {
            combined[name] = regex
            facts[name] = literals
        }
        self.combined = combined
        literalFacts = Self.literalFacts(lexicons: facts, fragments: fragments)
        // Word ids are given in file order, before the rules compile in parallel; an invalid
        // pattern is translated again by `compileTokens`, which reports it.
        var words: [String: Int] = [:]
        let bits = lexicons.mapValues(\.bit)
        lexiconBits = bits
        var patterns: [TokenPattern?] = []
        for definition in definitions {
            let known = definition.kind.traits.readsPhrases ? phrases : [:]
            var pattern: TokenPattern?
            if let tokens = definition.tokenPattern?.text {
                pattern = try? TokenPattern(tokens, lexicons: bits, words: words, phrases: known, multiWord: multiWord)
            }
            if let pattern { words.merge(pattern.words) { old, _ in old } }
            patterns.append(pattern)
        }
        tokenPatterns = patterns
        tokenWords = words
    }

    /// Every `{{a}}` and `{{a|b…}}` reference in the patterns (fragments' too). PCRE2 tries the
    /// branches of an alternation one by one, so `{{a|b}}` is one trie where `{{a}}|{{b}}` is two.
    private static func combinedReferences(in definitions: [RuleDefinition]) -> Set<String> {
        Set(definitions.compactMap(\.characterPattern?.text).flatMap(references))
    }

    /// The names a pattern refers to as `{{name}}`, in order.
    private static func references(in pattern: String) -> [String] {
        var names: [String] = []
        var rest = Substring(pattern)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            names.append(rest[open.upperBound..<close.lowerBound].trimmedBlanks)
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// The class names a token pattern gives in braces (`{a|b}` → a, b).
    private static func tokenClassNames(in tokens: String) -> [String] {
        var names: [String] = []
        var rest = Substring(tokens)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names += rest[rest.index(after: open)..<close].split(separator: "|").map(String.init)
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Lexicons from their forms; fragments from their patterns, references first (a cycle or
    /// unknown name leaves the fragment out, and the compiler reports it).
    private static func literalFacts(
        lexicons: [String: RequiredLiterals.Facts], fragments: [String: RuleDefinition]
    ) -> [String: RequiredLiterals.Facts?] {
        var facts: [String: RequiredLiterals.Facts?] = lexicons
        func resolve(_ name: String, visiting: Set<String>) {
            // Beyond the depth limit the facts stay unknown; the compiler reports the chain.
            guard facts[name] == nil, let fragment = fragments[name], !visiting.contains(name),
                visiting.count < maxReferenceDepth
            else { return }
            guard let pattern = fragment.characterPattern else { return }
            for reference in references(in: pattern.text) { resolve(reference, visiting: visiting.union([name])) }
            facts[name] = .some(RequiredLiterals.facts(of: pattern.text, caseless: pattern.flags.contains(.caseless), references: facts))
        }
        for name in fragments.keys.sorted() { resolve(name, visiting: []) }
        return facts
    }

    /// Compiles every rule, on all cores: JIT compilation is most of the start-up time.
    /// The first error in file order is the one reported, whatever the scheduling.
    func compileAll() throws(RuleError) -> [CompiledRule] {
        // Pattern length stands for compile cost: the lexicon-laden ones go first.
        let cost: (Int) -> Int = { definitions[$0].characterPattern?.text.utf8.count ?? 0 }
        return try ParallelRuleWork.map(
            definitions.count, cost: cost,
            { (index) throws(RuleError) in
                try compile(definitions[index], index: index)
            })
    }

    func compile(_ definition: RuleDefinition, index: Int) throws(RuleError) -> CompiledRule {
        let (line, column) = (definition.patternLocation.line, definition.patternLocation.column)
        var gateBits: UInt64 = 0
        for name in definition.spec.gates.requires {
            guard let lexicon = lexicons[name] else {
                throw .unknownReference(file: definition.file, line: line, column: column, name: name)
            }
            gateBits |= 1 << UInt64(lexicon.bit)
        }
        // A fragment is a piece of other patterns: it does not run on its own.
        guard let matcher = definition.spec.matcher, definition.kind != .fragment else {
            let gate = RuleGate(lexicons: gateBits, required: nil, contains: [], index: index, count: definitions.count)
            return CompiledRule(definition: definition, pattern: nil, expanded: nil, gate: gate)
        }
        let source: CharacterPattern
        switch matcher {
        case .tokens(let tokens): return try compileTokens(tokens.text, definition, index: index, lexicons: gateBits)
        case .characters(let pattern): source = pattern
        }
        let expanded = try expand(source.text, in: definition, visiting: [])
        let pattern: Pattern
        do {
            pattern = try Self.compile(expanded, refusable: definition.kind.traits.refusable, options: source.flags)
        } catch {
            if case .compile(let message, let offset) = error {
                throw .badRegex(file: definition.file, line: line, column: column, message: message, offset: offset)
            }
            throw .badRegex(file: definition.file, line: line, column: column, message: "\(error)", offset: 0)
        }
        if definition.kind.traits.needsCue, pattern.group(named: "cue") == nil {
            throw .missingGroup(file: definition.file, line: line, column: column, group: "cue")
        }
        let literals =
            [.sentence, .sourceSpan].contains(definition.kind.traits.subject) && !source.flags.contains(.extended)
            ? RequiredLiterals.of(source.text, caseless: source.flags.contains(.caseless), references: literalFacts) : nil
        let gate = RuleGate(
            lexicons: gateBits, required: literals, contains: definition.spec.gates.contains, index: index, count: definitions.count)
        return CompiledRule(definition: definition, pattern: pattern, expanded: expanded, gate: gate)
    }

    /// Attributions and hedges end in a callout through which the matcher refuses a match whose
    /// cue an exception blocked, so that the search goes on past it.
    static func compile(_ expanded: String, refusable: Bool, options: PatternOptions, asciiSubject: Bool = false) throws(PCRE2Error)
        -> Pattern
    {
        guard refusable else { return try Pattern(expanded, options: options, asciiSubject: asciiSubject) }
        do {
            return try Pattern("(?:" + expanded + ")(?C1)", options: options, asciiSubject: asciiSubject)
        } catch {
            _ = try Pattern(expanded, options: options, asciiSubject: asciiSubject)  // the error as the author wrote the pattern
            throw error
        }
    }

    /// A fragment's pattern with its references expanded.
    func expandFragment(_ definition: RuleDefinition) throws(RuleError) -> String {
        try expand(definition.characterPattern?.text ?? "", in: definition, visiting: [definition.referenceName])
    }

    /// Deeper fragment chains than this are refused (the expansion recurses once per level).
    static let maxReferenceDepth = 32
    /// Bytes an expansion may write, over all levels: fragments that use each other twice
    /// grow exponentially (23 tiny files took 44 s and 337 MB before the bound).
    static let maxExpansionWork = 4 << 20

    /// Replaces `{{name}}` with the lexicon's regex or the fragment's expanded pattern;
    /// `keepingLexicons` leaves word-list references as they are written.
    private func expand(
        _ pattern: String, in definition: RuleDefinition, visiting: Set<String>, keepingLexicons: Bool = false
    ) throws(RuleError) -> String {
        var budget = Self.maxExpansionWork
        return try expand(pattern, in: definition, visiting: visiting, keepingLexicons: keepingLexicons, budget: &budget)
    }

    private func expand(
        _ pattern: String, in definition: RuleDefinition, visiting: Set<String>, keepingLexicons: Bool, budget: inout Int
    ) throws(RuleError) -> String {
        var result = ""
        var rest = Substring(pattern)
        defer { budget -= result.utf8.count }
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                result += rest[open.lowerBound...]
                return result
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmedBlanks
            if keepingLexicons, lexicons[name] != nil || combined[name] != nil {
                result += rest[open.lowerBound..<close.upperBound]
            } else if let regex = combined[name] {
                result += regex
            } else if let fragment = fragments[name], let body = fragment.characterPattern {
                if visiting.contains(name) { throw .referenceCycle(file: definition.file, name: name) }
                if visiting.count >= Self.maxReferenceDepth {
                    throw .expansionTooLarge(
                        file: definition.file, name: name, reason: "more than \(Self.maxReferenceDepth) levels of fragments")
                }
                // A fragment keeps its own case rule wherever it is used.
                let open = body.flags.contains(.caseless) ? "(?i:" : "(?-i:"
                let inner = try expand(
                    body.text, in: fragment, visiting: visiting.union([name]), keepingLexicons: keepingLexicons, budget: &budget)
                result += open + inner + ")"
            } else {
                let (line, column) = (definition.patternLocation.line, definition.patternLocation.column)
                throw .unknownReference(file: definition.file, line: line, column: column, name: name)
            }
            if result.utf8.count > budget {
                throw .expansionTooLarge(file: definition.file, name: name, reason: "over \(Self.maxExpansionWork >> 20) MiB once expanded")
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// Maps the hash of each lexicon entry's first run of letters — the word the tokenizer sees
    /// ("pooh" of "pooh-pooh") — to the lexicons holding it (`gate`), and to the lexicons a
    /// rule's cue can start with there (`cue`: lexicons whose every entry starts with a letter).
    func wordGates() -> [UInt64: WordGateTable.Masks] {
        var gates: [UInt64: WordGateTable.Masks] = [:]
        // Word classes no pattern names (months, determiners) gate nothing and start no cue.
        let named = Set(
            definitions.compactMap(\.characterPattern?.text).flatMap(Self.references).flatMap {
                $0.split(separator: "|").map(\.trimmedBlanks)
            }
                + definitions.compactMap(\.tokenPattern?.text).flatMap(Self.tokenClassNames))
        for lexicon in lexicons.values {
            let bit: UInt64 = 1 << UInt64(lexicon.bit)
            let cue = lexicon.startsWithLetters && named.contains(lexicon.name) ? bit : 0
            for form in lexicon.forms {
                let run = Array(form.utf8.prefix(while: \.isASCIILetter))
                guard !run.isEmpty else { continue }  // no word the tokenizer could see
                gates[WordHash.hash(run), default: .init()].gate |= bit
                gates[WordHash.hash(run), default: .init()].cue |= cue
            }
        }
        return gates
    }
}
