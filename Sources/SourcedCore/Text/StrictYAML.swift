import Foundation
import Yams

/// The one strict YAML reader of rule files, data files and `.sourced.yml`: size and depth
/// are checked before composing, duplicate keys are errors, and every typed access names the
/// file, line and column of what is wrong.
package struct StrictYAML: Sendable {
    /// Larger than any rule, data or config file needs (the biggest bundled one is 5 KB).
    package static let maxBytes = 1 << 20
    /// Far deeper than any of these files nests (4 levels), far shallower than a stack overflow.
    package static let maxDepth = 64

    package let file: String

    package init(file: String) { self.file = file }

    /// Reads the file at `path` (a regular file within `maxBytes`) and composes it.
    package static func load(path: String) throws(YAMLError) -> (StrictYAML, Node?) {
        let reader = StrictYAML(file: path)
        return (reader, try reader.compose(try reader.read()))
    }

    /// Reads the file named by `file` as UTF-8.
    package func read() throws(YAMLError) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file)
        guard let attributes else { throw .unreadable(file: file, reason: "no such file or not readable") }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw .unreadable(file: file, reason: "not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= Self.maxBytes else { throw .tooLarge(file: file, bytes: size, limit: Self.maxBytes) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .unreadable(file: file, reason: "not readable")
        }
        guard data.count <= Self.maxBytes else { throw .tooLarge(file: file, bytes: data.count, limit: Self.maxBytes) }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(file: file, reason: "not UTF-8") }
        return text
    }

    /// Composes `yaml` into nodes once it is known to be small, shallow and free of duplicate keys.
    package func compose(_ yaml: String) throws(YAMLError) -> Node? {
        let bytes = Array(yaml.utf8)
        guard bytes.count <= Self.maxBytes else { throw .tooLarge(file: file, bytes: bytes.count, limit: Self.maxBytes) }
        if let line = YAMLBounds.lineTooDeep(bytes, limit: Self.maxDepth) {
            throw .tooDeep(file: file, line: line, limit: Self.maxDepth)
        }
        let node: Node?
        do {
            // No implicit tag resolution: the readers convert scalars themselves, and resolving
            // every word of a word list with Yams' regexes was a measurable part of start-up.
            node = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                throw .syntax(file: file, line: mark.line, column: mark.column, message: problem)
            default:
                throw .syntax(file: file, line: 1, column: 1, message: "\(error)")
            }
        } catch {
            throw .syntax(file: file, line: 1, column: 1, message: "\(error)")
        }
        if let node { try checkKeys(node, budget: 4 * bytes.count + 1024) }
        return node
    }

    /// Rejects a key given twice in one mapping; walks without recursion and within `budget`
    /// nodes, so aliases that repeat a node exponentially are refused rather than walked.
    private func checkKeys(_ root: Node, budget: Int) throws(YAMLError) {
        var pending = [root]
        var visited = 0
        while let node = pending.popLast() {
            visited += 1
            guard visited <= budget else { throw .tooManyNodes(file: file, limit: budget) }
            switch node {
            case .scalar: continue
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .mapping(let mapping):
                var seen: [String: Int] = [:]
                for (key, value) in mapping {
                    if case .scalar(let scalar) = key {
                        if let first = seen[scalar.string] {
                            throw .duplicateKey(file: file, line: key.line, column: key.column, key: scalar.string, firstLine: first)
                        }
                        seen[scalar.string] = key.line
                    } else {
                        pending.append(key)
                    }
                    pending.append(value)
                }
            }
        }
    }
}

extension Node {
    /// 1-based line of the node in its file.
    var line: Int { mark?.line ?? 1 }
    /// 1-based column of the node in its file.
    var column: Int { mark?.column ?? 1 }
}
