import Foundation
import PCRE2
import Yams

/// Parses one rule file strictly (through `StrictYAML`): unknown or duplicate keys, wrong
/// types and bad values are errors naming the file, line and column.
package struct RuleFileParser {
    let file: String
    let id: String

    package init(file: String, id: String) {
        self.file = file
        self.id = id
    }

    private var yaml: StrictYAML { StrictYAML(file: file) }

    static let commonKeys = ["version", "kind", "tag", "explain", "examples"]
    static let flagNames: [String: PatternOptions] = [
        "caseless": .caseless, "multiline": .multiline, "dotall": .dotAll, "extended": .extended, "ucp": .ucp,
    ]

    /// Reads the rule file and parses it.
    func load() throws(RuleError) -> RuleDefinition {
        let text: String
        do {
            text = try yaml.read()
        } catch {
            throw .yaml(error)
        }
        return try parse(text)
    }

    package func parse(_ text: String) throws(RuleError) -> RuleDefinition {
        do {
            return try definition(text)
        } catch let error as RuleError {
            throw error
        } catch let error as YAMLError {
            throw .yaml(error)
        } catch {
            throw .yaml(.syntax(file: file, line: 1, column: 1, message: "\(error)"))
        }
    }

    private func definition(_ text: String) throws -> RuleDefinition {
        let (mapping, fields) = try topLevel(text)
        let kind = try checkedKind(mapping, fields)
        let patternNode = fields["pattern"] ?? fields["tokens"]
        let examples = try parseExamples(fields["examples"], kind: kind)
        return RuleDefinition(
            id: id, file: file, kind: kind,
            explain: try fields["explain"].map { try yaml.string($0, key: "explain") } ?? "",
            tag: try fields["tag"].map { try yaml.enumValue($0, key: "tag") },
            pattern: try fields["pattern"].map { try yaml.string($0, key: "pattern") },
            tokens: try fields["tokens"].map { try yaml.string($0, key: "tokens") },
            patternLocation: patternNode.map { ($0.line, $0.column) } ?? (1, 1),
            flags: try flags(fields["flags"]),
            source: try fields["source"].map { try yaml.enumValue($0, key: "source") },
            requires: try yaml.strings(fields["requires"], key: "requires"),
            contains: try yaml.strings(fields["contains"], key: "contains"),
            words: try yaml.strings(fields["words"], key: "words"),
            inflect: try fields["inflect"].map { try yaml.enumValue($0, key: "inflect") } ?? Inflection.none,
            partOfSpeech: try fields["part-of-speech"].map { try yaml.enumValue($0, key: "part-of-speech") },
            lists: try Dictionary(
                uniqueKeysWithValues: ["never-final", "maybe-final", "starters", "speaker-roles", "not-speakers"].map {
                    ($0, try yaml.strings(fields[$0], key: $0))
                }),
            parameters: try Dictionary(
                uniqueKeysWithValues: ["min-words", "min-turns"].compactMap { key in
                    try fields[key].map { (key, try yaml.wholeNumber($0, key: key)) }
                }),
            fallback: try fields["fallback"].map { try yaml.bool($0, key: "fallback") } ?? false,
            examples: examples)
    }

    /// The file's top-level mapping, and its values by key.
    private func topLevel(_ text: String) throws -> (Node.Mapping, [String: Node]) {
        guard let root = try yaml.compose(text) else { throw RuleError.noExamples(file: file) }
        let mapping = try yaml.mapping(root, key: "rule file")
        // One dictionary for the lookups: Yams resolves the tag of a key node built for every
        // `mapping["key"]`, a regex match each, a measurable part of start-up. Keys are unique.
        let fields = Dictionary(mapping.map { ($0.key.string ?? "", $0.value) }, uniquingKeysWith: { first, _ in first })
        return (mapping, fields)
    }

    /// The rule's kind, once every key is known for it, the version is 1 and the keys the
    /// kind needs are present.
    private func checkedKind(_ mapping: Node.Mapping, _ fields: [String: Node]) throws -> RuleKind {
        guard let kindNode = fields["kind"] else { throw missingKey("kind", kind: "any") }
        let kind: RuleKind = try yaml.enumValue(kindNode, key: "kind")
        let traits = kind.traits
        _ = try yaml.keys(mapping, allowed: Self.commonKeys + traits.keys, at: nil)
        if let version = fields["version"], version.decimalInt != 1 {
            throw yaml.badValue(version, key: "version", expected: "expected: 1")
        }
        if let needed = traits.needsOneOf.first, !traits.needsOneOf.contains(where: { fields[$0] != nil }) {
            throw missingKey(needed, kind: kind.rawValue)
        }
        return kind
    }

    private func missingKey(_ key: String, kind: String) -> YAMLError {
        .missingKey(file: file, line: 1, column: 1, key: key, hint: "required for kind '\(kind)'")
    }

    private func parseExamples(_ node: Node?, kind: RuleKind) throws -> [RuleExample] {
        guard let node else {
            if kind == .abbreviations { return [] }
            throw RuleError.noExamples(file: file)
        }
        guard node.mapping != nil else {
            throw yaml.wrongType(node, key: "examples", expected: "a mapping with 'match' and 'no-match'")
        }
        var examples: [RuleExample] = []
        for (name, value) in try yaml.pairs(node, key: "examples", allowed: ["match", "no-match"]) {
            guard value.sequence != nil else { throw yaml.wrongType(value, key: name, expected: "a list of sentences") }
            for (text, item) in try yaml.stringItems(value, key: name) {
                let shouldMatch = name == "match"
                if shouldMatch, !text.contains("⟦") {
                    throw RuleError.exampleWithoutMarker(file: file, line: item.line)
                }
                examples.append(RuleExample(text: text, shouldMatch: shouldMatch, line: item.line))
            }
        }
        if kind != .abbreviations, !examples.contains(where: \.shouldMatch) { throw RuleError.noExamples(file: file) }
        return examples
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
