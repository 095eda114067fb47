import Foundation

/// A `.sourced.yml` that cannot be used. Every message names the file, and the line and
/// column when the problem has a place.
package enum ConfigError: Error, LocalizedError, Equatable, Sendable {
    case unreadable(file: String, reason: String)
    case yaml(file: String, line: Int, column: Int, message: String)
    case unknownKey(file: String, line: Int, column: Int, key: String, expected: [String])
    case wrongType(file: String, line: Int, column: Int, key: String, expected: String)
    case outOfRange(file: String, line: Int, column: Int, key: String, value: String, range: String)

    package var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read config (\(reason))"
        case .yaml(let file, let line, let column, let message):
            return "\(file):\(line):\(column): invalid YAML (\(message))"
        case .unknownKey(let file, let line, let column, let key, let expected):
            return "\(file):\(line):\(column): unknown key '\(key)' (expected: \(expected.joined(separator: ", ")))"
        case .wrongType(let file, let line, let column, let key, let expected):
            return "\(file):\(line):\(column): '\(key)' must be \(expected)"
        case .outOfRange(let file, let line, let column, let key, let value, let range):
            return "\(file):\(line):\(column): '\(key)' is '\(value)' (expected \(range))"
        }
    }
}
