import Foundation
import Yams

/// Parses `.sourced.yml` strictly: unknown keys, wrong types and out-of-range values are
/// errors naming the file, line and column (from Yams' node marks).
package struct ConfigParser: Sendable {
    package let file: String

    static let topKeys = ["version", "thresholds", "overrides", "rules", "exclude", "weights"]
    static let thresholdKeys = ["min-score", "max-unattributed-share", "min-mean-score"]
    static let ruleKeys = ["extra", "disabled"]
    static let weightKeys = ScoreWeights.keys

    package init(file: String) { self.file = file }

    /// Reads and parses the file at `file`.
    package static func load(_ file: String) throws(ConfigError) -> ConfigFile {
        let yaml: String
        do {
            yaml = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw .unreadable(file: file, reason: (error as NSError).localizedFailureReason ?? "not readable")
        }
        return try ConfigParser(file: file).parse(yaml)
    }

    package func parse(_ yaml: String) throws(ConfigError) -> ConfigFile {
        var config = ConfigFile(path: file)
        guard let root = try compose(yaml) else { return config }
        let top = try mapping(root, key: "config", allowed: Self.topKeys)
        if let version = top["version"], version.int != 1 {
            throw .outOfRange(
                file: file, line: line(version), column: column(version), key: "version", value: version.string ?? "", range: "1")
        }
        if let node = top["thresholds"] { config.thresholds = try thresholds(node) }
        if let node = top["overrides"] { config.overrides = try overrides(node) }
        if let node = top["rules"] {
            let rules = try mapping(node, key: "rules", allowed: Self.ruleKeys)
            config.extraRules = try strings(rules["extra"], key: "extra").map { Setting(resolve($0.value), origin: $0.origin) }
            config.disabledRules = try strings(rules["disabled"], key: "disabled")
        }
        config.exclude = try strings(top["exclude"], key: "exclude")
        if let node = top["weights"] { config.weights = try weights(node) }
        return config
    }

    private func compose(_ yaml: String) throws(ConfigError) -> Node? {
        do {
            return try YAMLSource.compose(yaml)
        } catch {
            throw .yaml(file: file, line: error.line, column: error.column, message: error.message)
        }
    }

    private func thresholds(_ node: Node) throws(ConfigError) -> Thresholds {
        let map = try mapping(node, key: "thresholds", allowed: Self.thresholdKeys)
        var result = Thresholds()
        if let value = map["min-score"] { result.minScore = try number(value, key: "min-score", in: 0...100) }
        if let value = map["max-unattributed-share"] {
            result.maxUnattributedShare = try number(value, key: "max-unattributed-share", in: 0...1)
        }
        if let value = map["min-mean-score"] { result.minMeanScore = try number(value, key: "min-mean-score", in: 0...100) }
        return result
    }

    /// Score weight overrides by source kind, held to the invariants of `scoring.yml`.
    private func weights(_ node: Node) throws(ConfigError) -> [String: Setting<Double>] {
        var result: [String: Setting<Double>] = [:]
        for (key, value) in try mapping(node, key: "weights", allowed: Self.weightKeys) {
            let setting = try number(value, key: "weights.\(key)", in: 0...1)
            if key == "named", setting.value != 1 {
                throw .outOfRange(
                    file: file, line: line(value), column: column(value), key: "weights.named", value: value.string ?? "",
                    range: "1, the unit of the score")
            }
            if ["vague", "anonymous"].contains(key), setting.value >= 1 {
                throw .outOfRange(
                    file: file, line: line(value), column: column(value), key: "weights.\(key)", value: value.string ?? "",
                    range: "below 1, less than named")
            }
            result[key] = setting
        }
        return result
    }

    private func overrides(_ node: Node) throws(ConfigError) -> [ConfigFile.Override] {
        guard let items = node.sequence else { throw wrongType(node, key: "overrides", expected: "a list of mappings") }
        var result: [ConfigFile.Override] = []
        for item in items {
            let map = try mapping(item, key: "overrides", allowed: ["files", "thresholds"])
            guard let filesNode = map["files"] else { throw wrongType(item, key: "files", expected: "present in every override") }
            let files =
                filesNode.sequence == nil ? [try string(filesNode, key: "files")] : try strings(filesNode, key: "files").map(\.value)
            let thresholds = try map["thresholds"].map { (node) throws(ConfigError) in try self.thresholds(node) } ?? Thresholds()
            result.append(ConfigFile.Override(files: files.map(Glob.init), thresholds: thresholds))
        }
        return result
    }

    // MARK: - Typed access

    private func mapping(_ node: Node, key: String, allowed: [String]) throws(ConfigError) -> [(String, Node)] {
        guard let map = node.mapping else { throw wrongType(node, key: key, expected: "a mapping") }
        var pairs: [(String, Node)] = []
        for (keyNode, value) in map {
            let name = keyNode.string ?? ""
            guard allowed.contains(name) else {
                throw .unknownKey(file: file, line: line(keyNode), column: column(keyNode), key: name, expected: allowed)
            }
            pairs.append((name, value))
        }
        return pairs
    }

    private func string(_ node: Node, key: String) throws(ConfigError) -> String {
        guard case .scalar(let scalar) = node else { throw wrongType(node, key: key, expected: "a string") }
        return scalar.string
    }

    private func strings(_ node: Node?, key: String) throws(ConfigError) -> [Setting<String>] {
        guard let node else { return [] }
        guard let items = node.sequence else { throw wrongType(node, key: key, expected: "a list of strings") }
        var result: [Setting<String>] = []
        for item in items { result.append(Setting(try string(item, key: key), origin: origin(item))) }
        return result
    }

    private func number(_ node: Node, key: String, in range: ClosedRange<Double>) throws(ConfigError) -> Setting<Double> {
        guard case .scalar = node, let value = node.float ?? node.int.map(Double.init) else {
            throw wrongType(node, key: key, expected: "a number")
        }
        guard range.contains(value) else {
            throw .outOfRange(
                file: file, line: line(node), column: column(node), key: key, value: node.string ?? "",
                range: "\(range.lowerBound)…\(range.upperBound)")
        }
        return Setting(value, origin: origin(node))
    }

    private func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : ConfigFile(path: file).directory + "/" + path
    }

    private func wrongType(_ node: Node, key: String, expected: String) -> ConfigError {
        .wrongType(file: file, line: line(node), column: column(node), key: key, expected: expected)
    }

    private func origin(_ node: Node) -> String { "\(file):\(line(node)):\(column(node))" }
    private func line(_ node: Node) -> Int { node.line }
    private func column(_ node: Node) -> Int { node.column }
}

extension Array where Element == (String, Node) {
    subscript(key: String) -> Node? { first { $0.0 == key }?.1 }
}
