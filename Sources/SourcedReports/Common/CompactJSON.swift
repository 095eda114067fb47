import Foundation
import SourcedCore

/// Writes JSON values (dictionaries with string keys, arrays, strings, numbers, booleans,
/// `NSNull`) on one line, keys sorted — the bytes `JSONSerialization` writes with
/// `.sortedKeys` and `.withoutEscapingSlashes`, several times faster. Streams of results
/// (`audit --jsonl`, `score --format jsonl`) spend most of their time here.
package enum CompactJSON {
    /// Compact JSON, or the indented form (from `JSONSerialization`) for one-document reports.
    package static func encode(_ value: Any, pretty: Bool) -> String {
        guard pretty else { return string(value) }
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let data = (try? JSONSerialization.data(withJSONObject: value, options: options)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    package static func string(_ value: Any) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(value, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

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
        case let bool as Bool: output += Array((bool ? "true" : "false").utf8)
        case let int as Int: output += Array(String(int).utf8)
        case let double as Double: output += Array(number(double).utf8)
        default: output += Array("null".utf8)
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
