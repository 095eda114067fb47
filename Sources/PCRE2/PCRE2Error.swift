import CPCRE2
import Foundation

/// Errors raised by libpcre2, with its own message text.
package enum PCRE2Error: Error, LocalizedError, Equatable, Sendable {
    /// The pattern did not compile; `offset` is the byte offset in the pattern.
    case compile(message: String, offset: Int)
    /// The match or depth limit was reached: the pattern backtracks too much on this subject.
    case limitExceeded(message: String)
    /// Any other matching failure.
    case match(code: Int32, message: String)

    package var errorDescription: String? {
        switch self {
        case .compile(let message, let offset):
            return "\(message) at pattern offset \(offset)"
        case .limitExceeded(let message):
            return "\(message) (the pattern backtracks too much; simplify it)"
        case .match(let code, let message):
            return "match failed with code \(code): \(message)"
        }
    }

    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer {
            pcre2_get_error_message_8(code, $0.baseAddress, $0.count)
        }
        guard length > 0 else { return "unknown error \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}
