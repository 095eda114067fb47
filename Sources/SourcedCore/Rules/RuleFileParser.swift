import Foundation
import PCRE2
import Yams

/// Parses one rule file strictly: unknown keys, wrong types and bad values are errors
/// naming the file, line and column.
struct RuleFileParser {
    let file: String
    let id: String

    static let commonKeys = ["version", "kind", "tag", "explain", "examples"]
    static let keysByKind: [RuleKind: [String]] = [
        .lexicon: ["words", "inflect", "part-of-speech"],
        .fragment: ["pattern", "flags"],
        .attribution: ["pattern", "tokens", "flags", "source", "requires", "contains", "fallback"],
        .hedge: ["pattern", "tokens", "flags", "requires", "contains"],
        .exception: ["pattern", "tokens", "flags", "requires", "contains"],
        .source: ["pattern", "flags", "source"],
        .boilerplate: ["pattern", "flags"],
        .heading: ["pattern", "flags"],
        .abbreviations: ["never-final", "maybe-final", "starters"],
        .continuation: ["min-words", "min-turns", "speaker-roles", "not-speakers"],
    ]
    static let flagNames: [String: PatternOptions] = [
        "caseless": .caseless, "multiline": .multiline, "dotall": .dotAll, "extended": .extended, "ucp": .ucp,
    ]

    func parse(_ yaml: String) throws(RuleError) -> RuleDefinition {
        let (mapping, fields) = try topLevel(yaml)
        let kind = try checkedKind(mapping, fields)
        let patternNode = fields["pattern"] ?? fields["tokens"]
        let examples = try parseExamples(fields["examples"], kind: kind)
        return RuleDefinition(
            id: id, file: file, kind: kind,
            explain: try optionalString(fields["explain"], key: "explain") ?? "",
            tag: try enumValue(fields["tag"], key: "tag"),
            pattern: try optionalString(fields["pattern"], key: "pattern"),
            tokens: try optionalString(fields["tokens"], key: "tokens"),
            patternLocation: patternNode.map { (line($0), column($0)) } ?? (1, 1),
            flags: try flags(fields["flags"]),
            source: try enumValue(fields["source"], key: "source"),
            requires: try strings(fields["requires"], key: "requires"),
            contains: try strings(fields["contains"], key: "contains"),
            words: try strings(fields["words"], key: "words"),
            inflect: try enumValue(fields["inflect"], key: "inflect") ?? Inflection.none,
            partOfSpeech: try enumValue(fields["part-of-speech"], key: "part-of-speech"),
            lists: [
                "never-final": try strings(fields["never-final"], key: "never-final"),
                "maybe-final": try strings(fields["maybe-final"], key: "maybe-final"),
                "starters": try strings(fields["starters"], key: "starters"),
                "speaker-roles": try strings(fields["speaker-roles"], key: "speaker-roles"),
                "not-speakers": try strings(fields["not-speakers"], key: "not-speakers"),
            ],
            parameters: try integers(fields, keys: ["min-words", "min-turns"]),
            fallback: try flag(fields["fallback"], key: "fallback"),
            examples: examples)
    }

    /// The file's top-level mapping, and its values by key.
    private func topLevel(_ yaml: String) throws(RuleError) -> (Node.Mapping, [String: Node]) {
        let composed: Node?
        do {
            composed = try YAMLSource.compose(yaml)
        } catch {
            throw .yaml(file: file, line: error.line, column: error.column, message: error.message)
        }
        guard let root = composed else { throw .noExamples(file: file) }
        guard let mapping = root.mapping else {
            throw .wrongType(file: file, line: line(root), column: column(root), key: "rule file", expected: "a mapping")
        }
        // One dictionary for the lookups: Yams resolves the tag of a key node built for every
        // `mapping["key"]`, a regex match each, a measurable part of start-up.
        let fields = Dictionary(mapping.map { ($0.key.string ?? "", $0.value) }, uniquingKeysWith: { first, _ in first })
        return (mapping, fields)
    }

    /// The rule's kind, once every key is known for it, the version is 1 and the keys the
    /// kind needs are present.
    private func checkedKind(_ mapping: Node.Mapping, _ fields: [String: Node]) throws(RuleError) -> RuleKind {
        let kindNode = try required("kind", in: fields, kind: "any")
        guard let kind = RuleKind(rawValue: try string(kindNode, key: "kind")) else {
            throw badValue(kindNode, key: "kind", expected: RuleKind.allCases.map(\.rawValue))
        }
        let allowed = Self.commonKeys + (Self.keysByKind[kind] ?? [])
        for (key, _) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                throw .unknownKey(file: file, line: line(key), column: column(key), key: name, expected: allowed)
            }
        }
        if let version = fields["version"], version.int != 1 {
            throw badValue(version, key: "version", expected: ["1"])
        }
        let needsPattern: Set<RuleKind> = [.fragment, .attribution, .hedge, .exception, .source, .boilerplate, .heading]
        if needsPattern.contains(kind), fields["pattern"] == nil, fields["tokens"] == nil {
            throw .missingKey(file: file, key: "pattern", kind: kind.rawValue)
        }
        if kind == .lexicon, fields["words"] == nil { throw .missingKey(file: file, key: "words", kind: kind.rawValue) }
        return kind
    }

    private func parseExamples(_ node: Node?, kind: RuleKind) throws(RuleError) -> [RuleExample] {
        guard let node else {
            if kind == .abbreviations { return [] }
            throw .noExamples(file: file)
        }
        guard let mapping = node.mapping else {
            throw .wrongType(
                file: file, line: line(node), column: column(node), key: "examples", expected: "a mapping with 'match' and 'no-match'")
        }
        var examples: [RuleExample] = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard name == "match" || name == "no-match" else {
                throw .unknownKey(file: file, line: line(key), column: column(key), key: name, expected: ["match", "no-match"])
            }
            guard let items = value.sequence else {
                throw .wrongType(file: file, line: line(value), column: column(value), key: name, expected: "a list of sentences")
            }
            for item in items {
                let text = try string(item, key: name)
                let shouldMatch = name == "match"
                if shouldMatch, !text.contains("⟦") {
                    throw .exampleWithoutMarker(file: file, line: line(item))
                }
                examples.append(RuleExample(text: text, shouldMatch: shouldMatch, line: line(item)))
            }
        }
        if kind != .abbreviations, !examples.contains(where: \.shouldMatch) { throw .noExamples(file: file) }
        return examples
    }

    // MARK: - Typed access

    private func required(_ key: String, in fields: [String: Node], kind: String) throws(RuleError) -> Node {
        guard let node = fields[key] else { throw .missingKey(file: file, key: key, kind: kind) }
        return node
    }

    private func string(_ node: Node, key: String) throws(RuleError) -> String {
        guard case .scalar(let scalar) = node else {
            throw .wrongType(file: file, line: line(node), column: column(node), key: key, expected: "a string")
        }
        return scalar.string
    }

    private func optionalString(_ node: Node?, key: String) throws(RuleError) -> String? {
        guard let node else { return nil }
        return try string(node, key: key)
    }

    private func strings(_ node: Node?, key: String) throws(RuleError) -> [String] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            throw .wrongType(file: file, line: line(node), column: column(node), key: key, expected: "a list of strings")
        }
        var result: [String] = []
        for item in items { result.append(try string(item, key: key)) }
        return result
    }

    private func flag(_ node: Node?, key: String) throws(RuleError) -> Bool {
        guard let node else { return false }
        guard let value = node.bool else {
            throw .wrongType(file: file, line: line(node), column: column(node), key: key, expected: "true or false")
        }
        return value
    }

    private func integers(_ fields: [String: Node], keys: [String]) throws(RuleError) -> [String: Int] {
        var result: [String: Int] = [:]
        for key in keys {
            guard let node = fields[key] else { continue }
            guard let value = node.int, value >= 0 else {
                throw .wrongType(file: file, line: line(node), column: column(node), key: key, expected: "a whole number")
            }
            result[key] = value
        }
        return result
    }

    private func enumValue<E: RawRepresentable & CaseIterable>(_ node: Node?, key: String) throws(RuleError) -> E?
    where E.RawValue == String {
        guard let node else { return nil }
        guard let value = E(rawValue: try string(node, key: key)) else {
            throw badValue(node, key: key, expected: E.allCases.map(\.rawValue))
        }
        return value
    }

    private func flags(_ node: Node?) throws(RuleError) -> PatternOptions {
        var options: PatternOptions = []
        guard let node else { return options }
        guard let items = node.sequence else {
            throw .wrongType(file: file, line: line(node), column: column(node), key: "flags", expected: "a list")
        }
        for item in items {
            guard let flag = Self.flagNames[try string(item, key: "flags")] else {
                throw badValue(item, key: "flags", expected: Self.flagNames.keys.sorted())
            }
            options.insert(flag)
        }
        return options
    }

    private func badValue(_ node: Node, key: String, expected: [String]) -> RuleError {
        .badValue(file: file, line: line(node), column: column(node), key: key, value: node.string ?? "", expected: expected)
    }

    private func line(_ node: Node) -> Int { node.line }
    private func column(_ node: Node) -> Int { node.column }
}
