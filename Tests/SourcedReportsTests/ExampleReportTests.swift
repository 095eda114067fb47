import Foundation
import Testing
@testable import SourcedReports

/// `Reports/examples/` must be what the current code, rules and templates produce.
/// When this fails after a deliberate change, run `scripts/regenerate-examples`.
@Test(arguments: ReportFormat.allCases)
func committedExampleIsCurrent(format: ReportFormat) throws {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Repo.path(Repo.sample))))
    let model = try Repo.model(bytes: bytes, name: Repo.sample)
    let expected = try Repo.render(model, format)
    let file = "\(Repo.examples)/putin-kim-vostochny.\(format.fileExtension)"
    let committed = try String(contentsOfFile: Repo.path(file), encoding: .utf8)
    #expect(committed == expected, "\(file) is stale: run scripts/regenerate-examples")
}
