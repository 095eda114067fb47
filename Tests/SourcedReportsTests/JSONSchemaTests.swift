import Foundation
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
