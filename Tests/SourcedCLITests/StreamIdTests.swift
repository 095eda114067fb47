import Foundation
import Testing

/// `audit --jsonl` copies each input's id exactly as written, whatever its JSON type: numbers
/// 0 and 1 are not booleans, integers beyond 64 bits keep every digit, nested arrays keep
/// their numbers (issue 17). Random ids, generated from a fixed seed so a failure repeats.
@Suite struct StreamIdTests {
    /// A small deterministic generator (SplitMix64).
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fixed = [
        "0", "1", "-0", "1.0", "0.0", "1e2", "-1E-3", "18446744073709551615", "18446744073709551616", "-9223372036854775809",
        "123456789012345678901234567890", "[1,0]", "[[1, 0], {\"a\": 0}]", "true", "false", "null", "\"0\"", "\"\\u00e9\\n\"",
        "{\"nested\": [0, 1, {\"x\": 18446744073709551616}]}", "[]", "{}", "\"\"",
    ]

    /// A random JSON value as text, in the spellings a producer may use.
    static func value(_ random: inout Seeded, depth: Int = 0) -> String {
        switch Int.random(in: 0..<(depth > 2 ? 6 : 8), using: &random) {
        case 0: return String(Int.random(in: -3...3, using: &random))
        case 1: return String(UInt64.random(in: .max / 2 ... .max, using: &random)) + String(Int.random(in: 0...999, using: &random))
        case 2: return String(Double.random(in: -1e6...1e6, using: &random))
        case 3: return ["true", "false", "null"][Int.random(in: 0..<3, using: &random)]
        case 4: return "\"id-\(Int.random(in: 0...99, using: &random))\\t\\\"q\\\"\""
        case 5:
            let mantissa = "\(Int.random(in: 0...1, using: &random)).\(Int.random(in: 0...9, using: &random))"
            return mantissa + "e\(Int.random(in: -5...5, using: &random))"
        case 6:
            let items = (0..<Int.random(in: 0...3, using: &random)).map { _ in value(&random, depth: depth + 1) }
            return "[" + items.joined(separator: Bool.random(using: &random) ? "," : ", ") + "]"
        default:
            let items = (0..<Int.random(in: 0...3, using: &random)).map { "\"k\($0)\": " + value(&random, depth: depth + 1) }
            return "{" + items.joined(separator: ",") + "}"
        }
    }

    @Test func idsComeBackExactlyAsWritten() throws {
        var random = Seeded(state: 17)
        let ids = Self.fixed + (0..<150).map { _ in Self.value(&random) }
        let text = try JSONSerialization.data(withJSONObject: Workspace.good, options: .fragmentsAllowed)
        // The id before and after the text, so both positions in an object are read.
        let input = ids.enumerated().map { index, id in
            index.isMultiple(of: 2)
                ? #"{"id": "# + id + #", "text": "# + String(decoding: text, as: UTF8.self) + "}"
                : #"{"text": "# + String(decoding: text, as: UTF8.self) + #", "id":"# + id + "}"
        }.joined(separator: "\n")
        let result = try Workspace().run(["audit", "--jsonl", "-"], input: Data(input.utf8))
        #expect(result.code == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == ids.count)
        for (id, line) in zip(ids, lines) {
            #expect(line.hasPrefix(#"{"id":"# + id + ","), "id \(id)")
            // The line is still JSON, and the reference parser reads the same id from input and output.
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let expected = try JSONSerialization.jsonObject(with: Data(id.utf8), options: .fragmentsAllowed)
            #expect(Self.same(parsed["id"] ?? NSNull(), expected), "id \(id)")
        }
    }

    @Test func anErrorLineKeepsTheIdToo() throws {
        let input = #"{"id": 0, "body": "no text field"}"# + "\n" + #"{"id": [1,0], "text": "  "}"# + "\n"
        let result = try Workspace().run(["audit", "--jsonl", "-"], input: Data(input.utf8))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix(#"{"id":0,"error":"#) == true, "\(result.stdout)")
        #expect(lines.last?.hasPrefix(#"{"id":[1,0],"error":"#) == true, "\(result.stdout)")
    }

    /// Equal as the reference parser reads them (its own numbers compared by text).
    static func same(_ a: Any, _ b: Any) -> Bool {
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed]
        guard let left = try? JSONSerialization.data(withJSONObject: a, options: options),
            let right = try? JSONSerialization.data(withJSONObject: b, options: options)
        else { return false }
        return left == right
    }
}

/// A raw U+FEFF inside an article survives the stream (Foundation's parser drops one that
/// follows an escape sequence; found piping PolNeAR through a Spark DataFrame), and a line
/// starting with a byte order mark is still read.
@Suite struct StreamByteOrderMarkTests {
    @Test func aByteOrderMarkInsideTheTextIsKept() throws {
        let text = "Bridge\n\n\u{FEFF}Anna Berg said the bridge is safe.\n"
        let line = #"{"id": 1, "text": "Bridge\n\n"# + "\u{FEFF}" + #"Anna Berg said the bridge is safe.\n"}"#
        let result = try Workspace().run(["audit", "--jsonl", "-"], input: Data(("\u{FEFF}" + line + "\n" + line + "\n").utf8))
        #expect(result.code == 0, "\(result.stderr)")
        let objects = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 2)
        for object in objects {
            #expect((object["document"] as? [String: Any])?["bytes"] as? Int == text.utf8.count, "\(object["document"] ?? "")")
        }
    }
}
