import PCRE2
import Yams

/// What makes a claim need a source more (figures, superlatives, causal or accusatory
/// wording) or less (scene-setting). Loaded from `claims.yml` in the rule folder.
package struct ClaimCues: Sendable {
    package static let fileName = "claims.yml"

    /// One kind of wording, its weight in the ranking and the reason shown to the reader.
    package struct Cue: Sendable {
        package let name: String
        package let weight: Double
        package let reason: String
        package let pattern: Pattern
    }

    /// The base weight and reason of a tag.
    package struct Base: Sendable, Equatable {
        package let weight: Double
        package let reason: String
    }

    package let cues: [Cue]
    /// Base weight and reason for `speculative` and `unattributed` sentences.
    package let bases: [Tag: Base]

    /// Loads and validates a claims file; patterns are compiled once here.
    package static func load(path: String) throws(YAMLError) -> ClaimCues {
        let (reader, root) = try StrictYAML.load(path: path)
        return try parse(try reader.rootMapping(root), reader: reader)
    }

    /// Parses claims YAML (`file` names it in errors).
    package static func parse(yaml: String, file: String) throws(YAMLError) -> ClaimCues {
        let reader = StrictYAML(file: file)
        return try parse(try reader.rootMapping(try reader.compose(yaml)), reader: reader)
    }

    private static func parse(_ root: Node.Mapping, reader: StrictYAML) throws(YAMLError) -> ClaimCues {
        let top = try reader.keys(root, allowed: ["version", "tags", "cues"], required: ["version", "tags", "cues"], at: nil)
        if let version = top["version"], version.decimalInt != 1 {
            throw reader.badValue(version, key: "version", expected: "expected 1")
        }
        let tagsNode = top["tags"]!
        let names = [Tag.speculative.rawValue, Tag.unattributed.rawValue]
        let tagNodes = try reader.keys(try reader.mapping(tagsNode, key: "tags"), allowed: names, required: names, at: tagsNode)
        var bases: [Tag: Base] = [:]
        for name in names {
            let fields = try entry(tagNodes[name]!, key: name, reader: reader, allowed: ["weight", "reason"])
            bases[Tag(rawValue: name)!] = Base(
                weight: try reader.number(fields["weight"]!, key: "weight", in: -10...10),
                reason: try reader.string(fields["reason"]!, key: "reason"))
        }
        var cues: [Cue] = []
        for node in try reader.sequence(top["cues"]!, key: "cues") {
            cues.append(try cue(node, reader: reader))
        }
        return ClaimCues(cues: cues, bases: bases)
    }

    private static func cue(_ node: Node, reader: StrictYAML) throws(YAMLError) -> Cue {
        let fields = try entry(node, key: "cues", reader: reader, allowed: ["name", "weight", "reason", "pattern"])
        let patternNode = fields["pattern"]!
        let source = try reader.string(patternNode, key: "pattern")
        let pattern: Pattern
        do {
            pattern = try Pattern(source, options: [.caseless])
        } catch {
            guard case .compile(let message, let offset) = error else {
                throw reader.wrongType(patternNode, key: "pattern", expected: "a regex")
            }
            throw .badRegex(
                file: reader.file, line: patternNode.line, column: patternNode.column, message: message, offset: offset)
        }
        return Cue(
            name: try reader.string(fields["name"]!, key: "name"),
            weight: try reader.number(fields["weight"]!, key: "weight", in: -10...10),
            reason: try reader.string(fields["reason"]!, key: "reason"), pattern: pattern)
    }

    private static func entry(_ node: Node, key: String, reader: StrictYAML, allowed: [String]) throws(YAMLError) -> [String: Node] {
        try reader.keys(try reader.mapping(node, key: key), allowed: allowed, required: allowed, at: node)
    }
}
