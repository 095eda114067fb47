import Foundation
import Yams

/// Parses `.sourced.yml` strictly (through `StrictYAML`): unknown keys, duplicate keys, wrong
/// types and out-of-range values are errors naming the file, line and column.
package struct ConfigParser: Sendable {
    package let file: String

    static let topKeys = ["version", "thresholds", "overrides", "rules", "exclude", "weights"]
    static let thresholdKeys = ["min-score", "max-unattributed-share", "min-mean-score"]
    static let ruleKeys = ["extra", "disabled"]
    static let weightKeys = ScoreWeights.keys

    private var yaml: StrictYAML { StrictYAML(file: file) }

    package init(file: String) { self.file = file }

    /// Reads and parses the file at `file`.
    package static func load(_ file: String) throws(YAMLError) -> ConfigFile {
        let parser = ConfigParser(file: file)
        return try parser.parse(try parser.yaml.read())
    }

    package func parse(_ text: String) throws(YAMLError) -> ConfigFile {
        var config = ConfigFile(path: file)
        guard let root = try yaml.compose(text) else { return config }
        let top = try yaml.pairs(root, key: "config", allowed: Self.topKeys)
        if let version = top["version"], version.decimalInt != 1 {
            throw yaml.badValue(version, key: "version", expected: "expected 1")
        }
        if let node = top["thresholds"] { config.thresholds = try thresholds(node) }
        if let node = top["overrides"] { config.overrides = try overrides(node) }
        if let node = top["rules"] {
            let rules = try yaml.pairs(node, key: "rules", allowed: Self.ruleKeys)
            config.extraRules = try settings(rules["extra"], key: "extra").map { Setting(resolve($0.value), origin: $0.origin) }
            config.disabledRules = try settings(rules["disabled"], key: "disabled")
        }
        config.exclude = try globs(top["exclude"], key: "exclude")
        if let node = top["weights"] { config.weights = try weights(node) }
        return config
    }

    private func thresholds(_ node: Node) throws(YAMLError) -> Thresholds {
        let map = try yaml.pairs(node, key: "thresholds", allowed: Self.thresholdKeys)
        var result = Thresholds()
        if let value = map["min-score"] { result.minScore = try number(value, key: "min-score", in: 0...100) }
        if let value = map["max-unattributed-share"] {
            result.maxUnattributedShare = try number(value, key: "max-unattributed-share", in: 0...1)
        }
        if let value = map["min-mean-score"] { result.minMeanScore = try number(value, key: "min-mean-score", in: 0...100) }
        return result
    }

    /// Score weight overrides by source kind, held to the invariants of `scoring.yml`.
    private func weights(_ node: Node) throws(YAMLError) -> [String: Setting<Double>] {
        var result: [String: Setting<Double>] = [:]
        for (key, value) in try yaml.pairs(node, key: "weights", allowed: Self.weightKeys) {
            let setting = try number(value, key: "weights.\(key)", in: 0...1)
            if key == "named", setting.value != 1 {
                throw yaml.badValue(value, key: "weights.named", expected: "must be 1, the unit of the score")
            }
            if ["vague", "anonymous"].contains(key), setting.value >= 1 {
                throw yaml.badValue(value, key: "weights.\(key)", expected: "must be below 1, less than named")
            }
            result[key] = setting
        }
        return result
    }

    private func overrides(_ node: Node) throws(YAMLError) -> [ConfigFile.Override] {
        guard let items = node.sequence else { throw yaml.wrongType(node, key: "overrides", expected: "a list of mappings") }
        var result: [ConfigFile.Override] = []
        for item in items {
            let map = try yaml.pairs(item, key: "overrides", allowed: ["files", "thresholds"])
            guard let filesNode = map["files"] else {
                throw .missingKey(file: file, line: item.line, column: item.column, key: "files", hint: "every override names its files")
            }
            let files =
                filesNode.sequence == nil
                ? [(value: try yaml.string(filesNode, key: "files"), node: filesNode)] : try yaml.stringItems(filesNode, key: "files")
            for file in files { try checkGlob(file.value, node: file.node, key: "files") }
            let thresholds = try map["thresholds"].map { (node) throws(YAMLError) in try self.thresholds(node) } ?? Thresholds()
            result.append(ConfigFile.Override(files: files.map { Glob($0.value) }, thresholds: thresholds))
        }
        return result
    }

    private func settings(_ node: Node?, key: String) throws(YAMLError) -> [Setting<String>] {
        try yaml.stringItems(node, key: key).map { Setting($0.value, origin: yaml.origin($0.node)) }
    }

    /// Glob settings, each refused with its line when it is not a glob read as written.
    private func globs(_ node: Node?, key: String) throws(YAMLError) -> [Setting<String>] {
        let items = try yaml.stringItems(node, key: key)
        for item in items { try checkGlob(item.value, node: item.node, key: key) }
        return items.map { Setting($0.value, origin: yaml.origin($0.node)) }
    }

    private func checkGlob(_ pattern: String, node: Node, key: String) throws(YAMLError) {
        if let problem = Glob.problem(in: pattern) { throw yaml.badValue(node, key: key, expected: "not a valid glob: \(problem)") }
    }

    private func number(_ node: Node, key: String, in range: ClosedRange<Double>) throws(YAMLError) -> Setting<Double> {
        Setting(try yaml.number(node, key: key, in: range), origin: yaml.origin(node))
    }

    private func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : ConfigFile(path: file).directory + "/" + path
    }
}

extension Array where Element == (String, Node) {
    subscript(key: String) -> Node? { first { $0.0 == key }?.1 }
}
