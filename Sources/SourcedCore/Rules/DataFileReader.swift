import Foundation
import Yams

/// Strict, typed access to a small YAML data file: every error names file, line and column.
struct DataFileReader {
    let file: String

    /// Reads and composes the file; the root must be a mapping.
    static func root(path: String) throws(DataFileError) -> (DataFileReader, Node.Mapping) {
        let yaml: String
        do {
            yaml = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: (error as NSError).localizedFailureReason ?? "no such file or not readable")
        }
        let reader = DataFileReader(file: path)
        return (reader, try reader.compose(yaml))
    }

    func compose(_ yaml: String) throws(DataFileError) -> Node.Mapping {
        let node: Node?
        do {
            node = try YAMLSource.compose(yaml)
        } catch {
            throw .yaml(file: file, line: error.line, column: error.column, message: error.message)
        }
        guard let node, let mapping = node.mapping else {
            throw .wrongType(file: file, line: 1, column: 1, key: "file", expected: "a mapping")
        }
        return mapping
    }

    /// Rejects keys outside `allowed` and returns the values of the keys by name.
    func keys(_ mapping: Node.Mapping, allowed: [String], required: [String], at owner: Node?) throws(DataFileError) -> [String: Node] {
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                throw .unknownKey(file: file, line: line(key), column: column(key), key: name, expected: allowed)
            }
            values[name] = value
        }
        for name in required where values[name] == nil {
            throw .missingKey(file: file, line: owner.map(line) ?? 1, column: owner.map(column) ?? 1, key: name)
        }
        return values
    }

    func mapping(_ node: Node, key: String) throws(DataFileError) -> Node.Mapping {
        guard let mapping = node.mapping else { throw wrongType(node, key: key, expected: "a mapping") }
        return mapping
    }

    func sequence(_ node: Node, key: String) throws(DataFileError) -> [Node] {
        guard let sequence = node.sequence else { throw wrongType(node, key: key, expected: "a list") }
        return Array(sequence)
    }

    func string(_ node: Node, key: String) throws(DataFileError) -> String {
        guard case .scalar(let scalar) = node else { throw wrongType(node, key: key, expected: "a string") }
        return scalar.string
    }

    func number(_ node: Node, key: String, in range: ClosedRange<Double>) throws(DataFileError) -> Double {
        guard case .scalar = node, let value = node.float, value.isFinite else {
            throw wrongType(node, key: key, expected: "a number")
        }
        guard range.contains(value) else {
            throw outOfRange(node, key: key, expected: "expected \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func outOfRange(_ node: Node, key: String, expected: String) -> DataFileError {
        .outOfRange(file: file, line: line(node), column: column(node), key: key, value: node.string ?? "", expected: expected)
    }

    func wrongType(_ node: Node, key: String, expected: String) -> DataFileError {
        .wrongType(file: file, line: line(node), column: column(node), key: key, expected: expected)
    }

    func line(_ node: Node) -> Int { node.line }
    func column(_ node: Node) -> Int { node.column }
}
