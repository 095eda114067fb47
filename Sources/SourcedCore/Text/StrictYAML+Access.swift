import Yams

/// Typed access to composed nodes; every failure names the file, line and column.
extension StrictYAML {
    /// The root node as a mapping (an empty file is an empty mapping).
    package func rootMapping(_ node: Node?) throws(YAMLError) -> Node.Mapping {
        guard let node else { return Node.Mapping([]) }
        return try mapping(node, key: "file")
    }

    /// The mapping's entries in file order, once every key is one of `allowed`.
    package func pairs(_ node: Node, key: String, allowed: [String]) throws(YAMLError) -> [(String, Node)] {
        var result: [(String, Node)] = []
        for (keyNode, value) in try mapping(node, key: key) {
            let name = keyNode.string ?? ""
            guard allowed.contains(name) else {
                throw .unknownKey(file: file, line: keyNode.line, column: keyNode.column, key: name, expected: allowed)
            }
            result.append((name, value))
        }
        return result
    }

    /// Rejects keys outside `allowed` and missing `required` ones; returns the values by key.
    package func keys(_ mapping: Node.Mapping, allowed: [String], required: [String] = [], at owner: Node?) throws(YAMLError)
        -> [String: Node]
    {
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                throw .unknownKey(file: file, line: key.line, column: key.column, key: name, expected: allowed)
            }
            values[name] = value
        }
        for name in required where values[name] == nil {
            throw .missingKey(file: file, line: owner?.line ?? 1, column: owner?.column ?? 1, key: name, hint: "add it to this mapping")
        }
        return values
    }

    package func mapping(_ node: Node, key: String) throws(YAMLError) -> Node.Mapping {
        guard let mapping = node.mapping else { throw wrongType(node, key: key, expected: "a mapping") }
        return mapping
    }

    package func sequence(_ node: Node, key: String) throws(YAMLError) -> [Node] {
        guard let sequence = node.sequence else { throw wrongType(node, key: key, expected: "a list") }
        return Array(sequence)
    }

    package func string(_ node: Node, key: String) throws(YAMLError) -> String {
        guard case .scalar(let scalar) = node else { throw wrongType(node, key: key, expected: "a string") }
        return scalar.string
    }

    /// A list of strings with their nodes (absent: empty).
    package func stringItems(_ node: Node?, key: String) throws(YAMLError) -> [(value: String, node: Node)] {
        guard let node else { return [] }
        guard let items = node.sequence else { throw wrongType(node, key: key, expected: "a list of strings") }
        var result: [(value: String, node: Node)] = []
        for item in items { result.append((try string(item, key: key), item)) }
        return result
    }

    package func strings(_ node: Node?, key: String) throws(YAMLError) -> [String] {
        try stringItems(node, key: key).map(\.value)
    }

    package func number(_ node: Node, key: String, in range: ClosedRange<Double>) throws(YAMLError) -> Double {
        guard let value = node.decimalNumber, value.isFinite else {
            throw wrongType(node, key: key, expected: "a number")
        }
        guard range.contains(value) else {
            throw badValue(node, key: key, expected: "expected \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    package func wholeNumber(_ node: Node, key: String) throws(YAMLError) -> Int {
        guard let value = node.decimalInt, value >= 0 else {
            throw wrongType(node, key: key, expected: "a whole number")
        }
        return value
    }

    package func bool(_ node: Node, key: String) throws(YAMLError) -> Bool {
        guard case .scalar = node, let value = node.bool else { throw wrongType(node, key: key, expected: "true or false") }
        return value
    }

    /// One of the enum's raw values.
    package func enumValue<E: RawRepresentable & CaseIterable>(_ node: Node, key: String) throws(YAMLError) -> E
    where E.RawValue == String {
        guard let value = E(rawValue: try string(node, key: key)) else {
            throw badValue(node, key: key, expected: "expected: " + E.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    package func badValue(_ node: Node, key: String, expected: String) -> YAMLError {
        .badValue(file: file, line: node.line, column: node.column, key: key, value: node.string ?? "", expected: expected)
    }

    package func wrongType(_ node: Node, key: String, expected: String) -> YAMLError {
        .wrongType(file: file, line: node.line, column: node.column, key: key, expected: expected)
    }

    /// `file:line:col` of a node, for settings that report where they came from.
    package func origin(_ node: Node) -> String { "\(file):\(node.line):\(node.column)" }
}

extension Node {
    /// A plain scalar written as a decimal integer, nil otherwise. Yams' own `int` also reads
    /// base 60 ("4:400…") and traps when that overflows (found by the config fuzz target), so
    /// user files never reach it.
    package var decimalInt: Int? {
        guard let text = plainText, let first = text.first, first == "-" || first == "+" || first.isASCIIDigit,
            text.dropFirst().allSatisfy(\.isASCIIDigit)
        else { return nil }
        return Int(text)
    }

    /// A plain scalar written as a decimal number (`3`, `0.25`, `1e3`), nil otherwise.
    package var decimalNumber: Double? {
        guard let text = plainText, text.contains(where: \.isASCIIDigit),
            text.allSatisfy({ $0.isASCIIDigit || "+-.eE".contains($0) })
        else { return nil }
        return Double(text)
    }

    private var plainText: String? {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return nil }
        return scalar.string
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
