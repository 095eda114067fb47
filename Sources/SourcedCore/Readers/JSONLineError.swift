import Foundation

/// Why one line of a JSON Lines stream is not an article; `location` is `<file>:<line>`.
package enum JSONLineError: Error, LocalizedError, Equatable, Sendable {
    /// `offset` counts bytes from 0; the message gives it as a 1-based column.
    case invalidUTF8(location: String, offset: Int, byte: UInt8)
    case notObject(location: String)
    case noTextField(location: String, field: String)
    case tooLong(location: String, bytes: Int, limit: Int)

    package var errorDescription: String? {
        switch self {
        case .invalidUTF8(let location, let offset, let byte):
            // Foundation would only say "not a JSON object": name the byte.
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            return "\(location):\(offset + 1): invalid UTF-8 (byte \(hex); JSON Lines must be UTF-8, re-encode the input)"
        case .notObject(let location):
            return "\(location): not a JSON object"
        case .noTextField(let location, let field):
            return "\(location): no string field '\(field)'"
        case .tooLong(let location, let bytes, let limit):
            return "\(location): line too long (\(bytes) bytes; the limit is --max-bytes \(limit))"
        }
    }
}
