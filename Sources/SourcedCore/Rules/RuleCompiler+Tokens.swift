import PCRE2

extension RuleCompiler {
    /// A token pattern compiled over the token encoding; its gates are its `requires` and `contains`.
    func compileTokens(_ tokens: String, _ definition: RuleDefinition, index: Int, lexicons: UInt64) throws(RuleError)
        -> CompiledRule
    {
        let (line, column) = (definition.patternLocation.line, definition.patternLocation.column)
        let compiled: TokenPattern
        do {
            if tokenPatterns.indices.contains(index), let known = tokenPatterns[index], definitions[index].tokenPattern?.text == tokens {
                compiled = known
            } else {
                // A phrase refers to no phrase: phrases are found before any rule reads them.
                compiled = try TokenPattern(
                    tokens, lexicons: lexiconBits, words: tokenWords, phrases: definition.kind.traits.readsPhrases ? phrases : [:],
                    multiWord: multiWord)
            }
        } catch {
            switch error {
            case .unknownClass(let name): throw .unknownReference(file: definition.file, line: line, column: column, name: name)
            case .unbalanced, .empty:
                throw .badRegex(file: definition.file, line: line, column: column, message: "unbalanced or empty token pattern", offset: 0)
            }
        }
        let pattern: Pattern
        do {
            // The encoding is ASCII with no line breaks: `.` is one byte, whatever it is.
            pattern = try Self.compile(compiled.regex, refusable: definition.kind.traits.refusable, options: [.dotAll], asciiSubject: true)
        } catch {
            throw .badRegex(file: definition.file, line: line, column: column, message: "\(error)", offset: 0)
        }
        if definition.kind.traits.needsCue, pattern.group(named: "cue") == nil {
            throw .missingGroup(file: definition.file, line: line, column: column, group: "cue")
        }
        let gate = RuleGate(
            lexicons: lexicons, required: definition.kind == .phrase ? nil : compiled.requiredWords?.map { Array($0.utf8) },
            contains: definition.spec.gates.contains, index: index, count: definitions.count)
        return CompiledRule(definition: definition, pattern: pattern, expanded: compiled.regex, gate: gate, tokens: compiled)
    }
}
