import Foundation
import Testing

@testable import SourcedReports

/// The compact writer produces exactly the bytes of Foundation's `JSONSerialization` (sorted
/// keys, unescaped slashes) on random values of every type the reports hold, and bridged or
/// unusual numbers are never mistaken for booleans.
@Suite struct JSONTextTests {
    static func double(_ random: inout SystemRandomNumberGenerator) -> Double {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return Double(Int.random(in: -1_000_000...1_000_000, using: &random))
        case 1: return Double.random(in: -1...1, using: &random)
        case 2: return (Double.random(in: 0...100, using: &random) * 10).rounded() / 10
        case 3: return Double(sign: .plus, exponent: Int.random(in: -40...70, using: &random), significand: 1.5)
        default: return Double(bitPattern: UInt64.random(in: 0...0x7FEF_FFFF_FFFF_FFFF, using: &random))
        }
    }

    static func value(_ random: inout SystemRandomNumberGenerator, depth: Int = 0) -> Any {
        switch Int.random(in: 0..<(depth > 2 ? 6 : 8), using: &random) {
        case 0: return Int.random(in: Int.min...Int.max, using: &random)
        case 1: return Int.random(in: -2...2, using: &random)
        case 2: return double(&random)
        case 3: return Bool.random(using: &random)
        case 4: return NSNull()
        case 5:
            let scalars = (0..<Int.random(in: 0...12, using: &random)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0...(Bool.random(using: &random) ? 0x7F : 0x1_FFFF), using: &random))
            }
            return String(String.UnicodeScalarView(scalars))
        case 6: return (0..<Int.random(in: 0...4, using: &random)).map { _ in value(&random, depth: depth + 1) }
        default:
            var object: [String: Any] = [:]
            for index in 0..<Int.random(in: 0...4, using: &random) { object["k\(index)/\u{1B}é"] = value(&random, depth: depth + 1) }
            return object
        }
    }

    @Test func compactOutputIsJSONSerializationsOnRandomValues() throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let value = Self.value(&random)
            let reference = try JSONSerialization.data(withJSONObject: value, options: JSONText.options)
            let text = JSONText.encode(value, pretty: false)
            #expect(text == String(decoding: reference, as: UTF8.self), "\(value)")
            #expect(!text.contains("\n"))
        }
    }

    @Test func prettyOutputReadsBackTheSame() throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let value = Self.value(&random)
            // Both forms read back through one parser give the same values.
            let pretty = try JSONSerialization.jsonObject(with: Data(JSONText.encode(value, pretty: true).utf8), options: .fragmentsAllowed)
            let compact = try JSONSerialization.jsonObject(
                with: Data(JSONText.encode(value, pretty: false).utf8), options: .fragmentsAllowed)
            #expect(
                try JSONSerialization.data(withJSONObject: pretty, options: JSONText.options)
                    == JSONSerialization.data(withJSONObject: compact, options: JSONText.options))
        }
    }

    @Test func bridgedAndWideNumbersKeepTheirValue() throws {
        let parsed = try JSONSerialization.jsonObject(with: Data(#"[0, 1, true, false, 18446744073709551615, [1, 0]]"#.utf8))
        #expect(JSONText.encode(parsed, pretty: false) == #"[0,1,true,false,18446744073709551615,[1,0]]"#)
        let values: [Any] = [UInt64.max, Int8(-3), NSNumber(value: 0), NSNumber(value: true), Float(0.5)]
        #expect(JSONText.encode(values, pretty: false) == "[18446744073709551615,-3,0,true,0.5]")
    }

    @Test func controlCharactersAreEscapedAndSlashesAreNot() {
        #expect(JSONText.encode(["a": "x/\u{1B}[2J\n"], pretty: false) == #"{"a":"x/\u001b[2J\n"}"#)
    }

    @Test func nonFiniteNumbersBecomeNull() {
        let value: [String: Any] = ["a": Double.nan, "b": [1.5, -Double.infinity]]
        #expect(JSONText.encode(value, pretty: false) == #"{"a":null,"b":[1.5,null]}"#)
        #expect(!JSONText.encode(value, pretty: true).contains("nan"))
    }
}
