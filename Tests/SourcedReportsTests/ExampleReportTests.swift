import Foundation
import PCRE2
import SourcedCore
import Testing

@testable import SourcedReports

/// `Reports/examples/` must be what the current code, rules and templates produce.
/// When this fails after a deliberate change, run `scripts/regenerate-examples`.
@Test(arguments: ReportFormat.allCases)
func committedExampleIsCurrent(format: ReportFormat) throws {
    // Loaded as `sourced audit Samples/…` loads it (run from the package root).
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Repo.path(Repo.sample))))
    let document = try DocumentLoader().load(bytes: bytes, path: Repo.sample, format: .text)
    let model = try Repo.builder().model(document, matcher: Matcher())
    let expected = try Repo.render(model, format)
    let file = "\(Repo.examples)/putin-kim-vostochny.\(format.fileExtension)"
    let committed = try String(contentsOfFile: Repo.path(file), encoding: .utf8)
    #expect(committed == expected, "\(file) is stale: run scripts/regenerate-examples")
}
