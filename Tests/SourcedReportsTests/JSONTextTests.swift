import Foundation
import Testing

@testable import SourcedReports

/// Every JSON output is Foundation's encoding: random values read back the same through the
/// reference parser, and non-finite numbers (which JSON cannot hold) become null.
@Suite struct JSONTextTests {
    static func value(_ random: inout SystemRandomNumberGenerator, depth: Int = 0) -> Any {
        switch Int.random(in: 0..<(depth > 2 ? 5 : 7), using: &random) {
        case 0: return Int.random(in: Int.min...Int.max, using: &random)
        case 1: return Double.random(in: -1e9...1e9, using: &random)
        case 2: return Bool.random(using: &random)
        case 3: return NSNull()
        case 4:
            let scalars = (0..<Int.random(in: 0...12, using: &random)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0...0x1_FFFF, using: &random))
            }
            return String(String.UnicodeScalarView(scalars))
        case 5: return (0..<Int.random(in: 0...4, using: &random)).map { _ in value(&random, depth: depth + 1) }
        default:
            var object: [String: Any] = [:]
            for index in 0..<Int.random(in: 0...4, using: &random) { object["k\(index)/\u{1B}"] = value(&random, depth: depth + 1) }
            return object
        }
    }

    @Test func randomValuesReadBackTheSame() throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let value = Self.value(&random)
            for pretty in [false, true] {
                let text = JSONText.encode(value, pretty: pretty)
                #expect(pretty || !text.contains("\n"))
                let back = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
                #expect(JSONText.encode(back, pretty: pretty) == text)
            }
        }
    }

    @Test func controlCharactersAreEscapedAndSlashesAreNot() {
        #expect(JSONText.encode(["a": "x/\u{1B}[2J\n"], pretty: false) == #"{"a":"x/\u001b[2J\n"}"#)
    }

    @Test func nonFiniteNumbersBecomeNull() {
        #expect(
            JSONText.encode(["a": Double.nan, "b": [1.5, -Double.infinity]] as [String: Any], pretty: false)
                == #"{"a":null,"b":[1.5,null]}"#)
    }
}
