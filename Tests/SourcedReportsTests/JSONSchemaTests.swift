import Foundation
import PCRE2
import SourcedCore
import Testing

@testable import SourcedReports

/// Real `sourced/1` output validates against `Reports/sourced-1.schema.json`.
@Test func sampleReportMatchesTheSchema() throws {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Repo.path(Repo.sample))))
    let json = try Repo.render(try Repo.model(bytes: bytes, name: Repo.sample), .json)
    let errors = try validate(json)
    #expect(errors.isEmpty, "\(errors.prefix(5))")
}

@Test func articleWithoutBodySentencesMatchesTheSchema() throws {
    let json = try Repo.render(try Repo.model("Only A Headline\n"), .json)
    #expect(try validate(json).isEmpty)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let score = try #require(object["score"] as? [String: Any])
    #expect(score["value"] is NSNull)
    #expect(score["display"] as? String == "n/a")
}

@Test func validatorRejectsBrokenOutput() throws {
    let broken = #"{"schema": "sourced/2", "document": {"path": 3}, "segments": [], "counts": {}, "warnings": []}"#
    let errors = try validate(broken)
    #expect(errors.contains { $0.hasPrefix("$.schema") })
    #expect(errors.contains { $0.hasPrefix("$.document") })
}

private func validate(_ json: String) throws -> [String] {
    let schemaData = try Data(contentsOf: URL(fileURLWithPath: Repo.path("Reports/sourced-1.schema.json")))
    let schema = try #require(try JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
    let instance = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    var validator = SchemaValidator(root: schema)
    validator.check(instance, against: schema, at: "$")
    return validator.errors
}

@Test(arguments: [("article.md", true), ("article.txt", false)])
func suppressedSegmentsCarryTheReasonAndMatchTheSchema(_ name: String, _ markdown: Bool) throws {
    let text =
        "Bridge News\n\nThe bridge fell.\n\n<!-- sourced-ignore-next: wire copy, checked by the agency -->\n"
        + "It was old. Nobody came.\n\nThe road closed.\n"
    let bytes = Array(text.utf8)
    let document = markdown ? MarkdownReader().read(bytes, path: name) : PlainTextReader().read(bytes, path: name)
    let model = try Repo.builder().model(document, matcher: Matcher())
    let json = try Repo.render(model, .json)
    #expect(try validate(json).isEmpty)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let segments = try #require(object["segments"] as? [[String: Any]])
    let suppressed = segments.filter { $0["suppressed"] != nil }
    // Plain text keeps the comment in the text, so the first suppressed sentence starts with it.
    let texts = suppressed.compactMap { $0["text"] as? String }
    #expect(texts.count == 2 && texts[0].hasSuffix("It was old.") && texts[1] == "Nobody came.")
    #expect(suppressed.allSatisfy { $0["suppressed"] as? String == "wire copy, checked by the agency" })
    #expect(segments.contains { $0["text"] as? String == "The road closed." && $0["suppressed"] == nil })
    let report = try Repo.render(model, .text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(report.contains("suppressed: wire copy, checked by the agency"))
}

/// The sample saved as UTF-16 reports the same lines and columns as the UTF-8 file.
@Test(arguments: [false, true])
func utf16SampleHasTheSameLinesAndColumns(_ bigEndian: Bool) throws {
    let text = try String(contentsOfFile: Repo.path(Repo.sample), encoding: .utf8)
    var utf16: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 { utf16 += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let reference = try Repo.model(bytes: Array(text.utf8), name: "a.txt")
    let decoded = try Repo.model(bytes: utf16, name: "a.txt")
    #expect(decoded.segments.count == reference.segments.count)
    for (a, b) in zip(reference.segments, decoded.segments) {
        let expected: [Int] = [a.line, a.column, a.endLine, a.endColumn]
        let found: [Int] = [b.line, b.column, b.endLine, b.endColumn]
        #expect(found == expected, "\(a.span.text)")
    }
}
