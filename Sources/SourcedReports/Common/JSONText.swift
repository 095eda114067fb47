import Foundation

/// Every JSON output: keys sorted, slashes unescaped. Indented documents come from
/// Foundation's `JSONSerialization`; compact lines (`audit --jsonl`, `score --format jsonl`)
/// from a writer that produces the same bytes about three times faster (BENCHMARKS.md), which
/// `JSONTextTests` holds to `JSONSerialization` on random values.
package enum JSONText {
    static let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]

    package static func encode(_ value: Any, pretty: Bool) -> String {
        guard pretty else {
            var output: [UInt8] = []
            output.reserveCapacity(4096)
            write(value, into: &output)
            return String(decoding: output, as: UTF8.self)
        }
        return serialized(value, options: options.union(.prettyPrinted))
    }

    /// Foundation's encoding; a non-finite number, which JSON cannot hold, becomes null.
    static func serialized(_ value: Any, options: JSONSerialization.WritingOptions) -> String {
        if let data = try? JSONSerialization.data(withJSONObject: value, options: options) {
            return String(decoding: data, as: UTF8.self)
        }
        let data = (try? JSONSerialization.data(withJSONObject: finite(value), options: options)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static func finite(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return dictionary.mapValues(finite)
        case let array as [Any]: return array.map(finite)
        case let double as Double where !double.isFinite: return NSNull()
        default: return value
        }
    }

    /// Dispatches on the exact type: a bridged number must never be taken for a Bool (the
    /// cause of ids 0 and 1 coming back as false and true). Anything else (NSNumber, other
    /// integer widths, Decimal) is left to Foundation.
    static func write(_ value: Any, into output: inout [UInt8]) {
        switch value {
        case let string as String: writeString(string, into: &output)
        case let dictionary as [String: Any]:
            output.append(UInt8(ascii: "{"))
            for (index, key) in dictionary.keys.sorted().enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(key, into: &output)
                output.append(UInt8(ascii: ":"))
                write(dictionary[key]!, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        case let array as [Any]:
            output.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(element, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        default:
            switch ObjectIdentifier(type(of: value)) {
            case ObjectIdentifier(Int.self): output += Array(String(value as! Int).utf8)
            case ObjectIdentifier(Bool.self): output += Array(((value as! Bool) ? "true" : "false").utf8)
            case ObjectIdentifier(Double.self) where (value as! Double).isFinite: output += Array(number(value as! Double).utf8)
            case ObjectIdentifier(NSNull.self): output += Array("null".utf8)
            default: output += Array(serialized(value, options: options).utf8)
            }
        }
    }

    /// Shortest round-trip digits; integral values without ".0", as JSONSerialization writes them.
    static func number(_ value: Double) -> String {
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    static func writeString(_ string: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: output += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: output += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
