import Foundation
import Testing

@testable import SourcedCore

/// One `audit --jsonl` line, decoded as the CLI and the `jsonl` fuzz target decode it.
@Suite struct JSONLineDecoderTests {
    static let decoder = JSONLineDecoder(textField: "text", idField: "id", maxBytes: 100, noTitle: false)

    static func failure(_ line: String, decoder: JSONLineDecoder = decoder) -> (id: String?, message: String)? {
        guard case .failure(let id, let message) = decoder.decode(Array(line.utf8), location: "in.jsonl:3") else { return nil }
        return (id.map { String(decoding: $0, as: UTF8.self) }, message)
    }

    @Test func anArticleKeepsItsIdAsWrittenAndItsTitleRule() throws {
        let line = #"{"id": 1.0, "text": "Peskov said the leaders met.\nThey talked.", "title": "T"}"#
        guard case .article(let id, let document) = Self.decoder.decode(Array(line.utf8), location: "in.jsonl:3") else {
            Issue.record("not an article")
            return
        }
        #expect(id.map { String(decoding: $0, as: UTF8.self) } == "1.0")
        #expect(String(decoding: document.text, as: UTF8.self).contains("They talked."))
        #expect(document.path == "in.jsonl:3")
        // A `title` field means the text is body only.
        #expect(!document.mayHaveTitle)
    }

    @Test func eachRefusalIsOneLineWithTheIdWhenThereIsOne() {
        #expect(Self.failure("[1, 2]")?.message == "in.jsonl:3: not a JSON object")
        #expect(Self.failure("[1, 2]")?.id == nil)
        let noText = Self.failure(#"{"id": "a", "body": "x"}"#)
        #expect(noText?.message == "in.jsonl:3: no string field 'text'")
        #expect(noText?.id == #""a""#)
        #expect(Self.failure(#"{"id": 2, "text": 42}"#)?.message == "in.jsonl:3: no string field 'text'")
        #expect(Self.failure(#"{"id": 3, "text": " \t "}"#)?.message.hasPrefix("in.jsonl:3: no text") == true)
        let invalid = Self.decoder.decode([0x7B, 0x22, 0xFF], location: "in.jsonl:3")
        guard case .failure(nil, let message) = invalid else {
            Issue.record("invalid UTF-8 accepted")
            return
        }
        #expect(message == "in.jsonl:3:3: invalid UTF-8 (byte 0xFF; JSON Lines must be UTF-8, re-encode the input)")
    }

    @Test func aLineOverTheLimitIsRefusedBeforeParsing() {
        let line = #"{"id": 4, "text": "\#(String(repeating: "a", count: 90))"}"#
        #expect(Self.failure(line)?.message == "in.jsonl:3: line too long (\(line.utf8.count) bytes; the limit is --max-bytes 100)")
        #expect(Self.failure(line)?.id == nil)
    }
}
