import Foundation

/// A problem in a rule file, always naming the file and, where known, line and column.
package enum RuleError: Error, LocalizedError, Equatable, Sendable {
    /// The file as YAML: unreadable, too large or deep, a duplicate, unknown or missing key, a wrong type or value.
    case yaml(YAMLError)
    case unreadable(file: String, reason: String)
    case badRegex(file: String, line: Int, column: Int, message: String, offset: Int)
    case unknownReference(file: String, line: Int, column: Int, name: String)
    case referenceCycle(file: String, name: String)
    case expansionTooLarge(file: String, name: String, reason: String)
    case missingGroup(file: String, line: Int, column: Int, group: String)
    /// Two keys that say the same thing two ways (a rule has one pattern).
    case conflictingKeys(file: String, line: Int, column: Int, key: String, other: String)
    case noExamples(file: String)
    case exampleWithoutMarker(file: String, line: Int)
    case duplicateId(file: String, id: String, other: String)
    case tooManyLexicons(file: String, limit: Int)
    case tooManyPhrases(file: String, limit: Int)
    case noRules(directory: String)

    package var errorDescription: String? {
        switch self {
        case .yaml(let error):
            return error.errorDescription
        case .unreadable(let file, let reason):
            return "\(file): cannot read rule folder (\(reason))"
        case .badRegex(let file, let line, let column, let message, let offset):
            // PCRE2 as Debian builds it caps a compiled pattern at 64 KB; {{…}} lists count in full.
            if message.contains("too large") {
                return "\(file):\(line):\(column): bad regex: \(message) (with its {{…}} word lists expanded; "
                    + "split the rule or shorten the lists it uses)"
            }
            return "\(file):\(line):\(column): bad regex: \(message) (at pattern offset \(offset))"
        case .unknownReference(let file, let line, let column, let name):
            return "\(file):\(line):\(column): unknown reference '{{\(name)}}' (name a lexicon or fragment file)"
        case .referenceCycle(let file, let name):
            return "\(file): reference cycle through '{{\(name)}}'"
        case .expansionTooLarge(let file, let name, let reason):
            return "\(file): '{{\(name)}}' expands too far (\(reason); simplify the fragments)"
        case .missingGroup(let file, let line, let column, let group):
            return "\(file):\(line):\(column): pattern has no named group '\(group)' (add (?<\(group)>…))"
        case .conflictingKeys(let file, let line, let column, let key, let other):
            let hint = key == "flags" ? "a token pattern takes no flags" : "give a character 'pattern' or a token pattern 'tokens'"
            return "\(file):\(line):\(column): '\(key)' cannot go with '\(other)' (\(hint))"
        case .noExamples(let file):
            return "\(file): no examples (a rule needs at least one 'match' example)"
        case .exampleWithoutMarker(let file, let line):
            return "\(file):\(line): example has no ⟦…⟧ marker (mark the expected cue span)"
        case .duplicateId(let file, let id, let other):
            return "\(file): duplicate rule id '\(id)' (also defined in \(other))"
        case .tooManyLexicons(let file, let limit):
            return "\(file): more than \(limit) lexicons (merge some word lists)"
        case .tooManyPhrases(let file, let limit):
            return "\(file): more than \(limit) phrase rules (a pack finds at most \(limit) kinds of phrase)"
        case .noRules(let directory):
            return "\(directory): no rule files found (expected <tag>/<name>.yml files)"
        }
    }
}
