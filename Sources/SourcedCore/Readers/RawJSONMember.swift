import Foundation

/// The raw bytes of a top-level member of a JSON object, so a stream copies its input's `id`
/// exactly as written: `0` stays `0` (not `false`), `18446744073709551616` keeps every digit,
/// `1.0` stays `1.0`, whatever a parser would turn them into.
package enum RawJSONMember {
    /// The value of the last top-level member named `name` (the one a parser keeps) in
    /// `line`, which must already be a valid JSON object; nil when there is none.
    package static func value(named name: String, in line: [UInt8]) -> ArraySlice<UInt8>? {
        var scanner = Scanner(bytes: line)
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        let wanted = Array(name.utf8)
        var found: ArraySlice<UInt8>?
        while true {
            scanner.skipSpace()
            guard scanner.peek == UInt8(ascii: "\"") else { return found }
            let key = scanner.skipString()
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ":")) else { return found }
            scanner.skipSpace()
            let start = scanner.index
            scanner.skipValue()
            if Self.key(line[key], equals: wanted) { found = line[start..<scanner.index] }
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ",")) else { return found }
        }
    }

    /// Whether a quoted key names `wanted`; a key with escapes is decoded first.
    private static func key(_ quoted: ArraySlice<UInt8>, equals wanted: [UInt8]) -> Bool {
        let inner = quoted.dropFirst().dropLast()
        guard inner.contains(UInt8(ascii: "\\")) else { return inner.elementsEqual(wanted) }
        let decoded = try? JSONSerialization.jsonObject(with: Data(quoted), options: .fragmentsAllowed) as? String
        return decoded.map { Array($0.utf8) == wanted } ?? false
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        /// Skips a string starting at its opening quote; returns its bytes with the quotes.
        mutating func skipString() -> Range<Int> {
            let start = index
            index += 1
            while let byte = peek {
                index += 1
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    break
                }
            }
            return start..<min(index, bytes.count)
        }

        /// Skips one value: a string, an object or array (with what it nests), or a scalar.
        mutating func skipValue() {
            var depth = 0
            while let byte = peek {
                switch byte {
                case UInt8(ascii: "\""): _ = skipString()
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    index += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return }
                    depth -= 1
                    index += 1
                case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                    if depth == 0 { return }
                    index += 1
                default: index += 1
                }
                if depth == 0, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { return }
            }
        }
    }
}
