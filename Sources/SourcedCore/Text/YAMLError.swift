import Foundation

/// A YAML file (rule file, data file or `.sourced.yml`) that cannot be used. Every message
/// names the file, and the line and column when the problem has a place.
package enum YAMLError: Error, LocalizedError, Equatable, Sendable {
    case unreadable(file: String, reason: String)
    case tooLarge(file: String, bytes: Int, limit: Int)
    case tooDeep(file: String, line: Int, limit: Int)
    case tooManyNodes(file: String, limit: Int)
    case syntax(file: String, line: Int, column: Int, message: String)
    case duplicateKey(file: String, line: Int, column: Int, key: String, firstLine: Int)
    case unknownKey(file: String, line: Int, column: Int, key: String, expected: [String])
    case missingKey(file: String, line: Int, column: Int, key: String, hint: String)
    case wrongType(file: String, line: Int, column: Int, key: String, expected: String)
    case badValue(file: String, line: Int, column: Int, key: String, value: String, expected: String)
    case badRegex(file: String, line: Int, column: Int, message: String, offset: Int)

    package var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read file (\(reason))"
        case .tooLarge(let file, let bytes, let limit):
            return "\(file): YAML file too large (\(bytes) bytes; the limit is \(limit))"
        case .tooDeep(let file, let line, let limit):
            return "\(file):\(line): YAML nested too deeply (more than \(limit) levels; flatten the file)"
        case .tooManyNodes(let file, let limit):
            return "\(file): YAML expands to more than \(limit) nodes (aliases repeat too much)"
        case .syntax(let file, let line, let column, let message):
            return "\(file):\(line):\(column): invalid YAML (\(message))"
        case .duplicateKey(let file, let line, let column, let key, let firstLine):
            return "\(file):\(line):\(column): duplicate key '\(key)' (first given on line \(firstLine))"
        case .unknownKey(let file, let line, let column, let key, let expected):
            return "\(file):\(line):\(column): unknown key '\(key)' (expected: \(expected.joined(separator: ", ")))"
        case .missingKey(let file, let line, let column, let key, let hint):
            return "\(file):\(line):\(column): missing key '\(key)' (\(hint))"
        case .wrongType(let file, let line, let column, let key, let expected):
            return "\(file):\(line):\(column): '\(key)' must be \(expected)"
        case .badValue(let file, let line, let column, let key, let value, let expected):
            return "\(file):\(line):\(column): bad value '\(value)' for '\(key)' (\(expected))"
        case .badRegex(let file, let line, let column, let message, let offset):
            return "\(file):\(line):\(column): bad regex: \(message) (at pattern offset \(offset))"
        }
    }
}
