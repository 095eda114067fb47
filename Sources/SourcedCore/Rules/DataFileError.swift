import Foundation

/// A problem in a data file of the rule folder (`scoring.yml`, `claims.yml`), always naming
/// the file and, where known, line and column.
package enum DataFileError: Error, LocalizedError, Equatable, Sendable {
    case unreadable(file: String, reason: String)
    case yaml(file: String, line: Int, column: Int, message: String)
    case unknownKey(file: String, line: Int, column: Int, key: String, expected: [String])
    case missingKey(file: String, line: Int, column: Int, key: String)
    case wrongType(file: String, line: Int, column: Int, key: String, expected: String)
    case outOfRange(file: String, line: Int, column: Int, key: String, value: String, expected: String)
    case badRegex(file: String, line: Int, column: Int, message: String, offset: Int)

    package var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read data file (\(reason))"
        case .yaml(let file, let line, let column, let message):
            return "\(file):\(line):\(column): invalid YAML (\(message))"
        case .unknownKey(let file, let line, let column, let key, let expected):
            return "\(file):\(line):\(column): unknown key '\(key)' (expected: \(expected.joined(separator: ", ")))"
        case .missingKey(let file, let line, let column, let key):
            return "\(file):\(line):\(column): missing key '\(key)' (add it to this mapping)"
        case .wrongType(let file, let line, let column, let key, let expected):
            return "\(file):\(line):\(column): '\(key)' must be \(expected)"
        case .outOfRange(let file, let line, let column, let key, let value, let expected):
            return "\(file):\(line):\(column): bad value '\(value)' for '\(key)' (\(expected))"
        case .badRegex(let file, let line, let column, let message, let offset):
            return "\(file):\(line):\(column): bad regex: \(message) (at pattern offset \(offset))"
        }
    }
}
