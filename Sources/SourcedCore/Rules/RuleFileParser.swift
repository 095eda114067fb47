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

    var yaml: StrictYAML { StrictYAML(file: file) }

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
        let examples = try parseExamples(fields["examples"], kind: kind)
        return RuleDefinition(
            id: id, file: file,
            explain: try fields["explain"].map { try yaml.string($0, key: "explain") } ?? "",
            tag: try fields["tag"].map { try yaml.enumValue($0, key: "tag") },
            spec: try spec(of: kind, fields),
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

    func missingKey(_ key: String, kind: String) -> YAMLError {
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
}
