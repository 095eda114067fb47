import Foundation
import PCRE2
import SourcedCore
@_exported import TestSupport

@testable import SourcedReports

/// Paths inside the package and the pipeline the CLI uses, for report tests.
enum Repo {
    static let root = Checkout.root
    static func path(_ relative: String) -> String { Checkout.path(relative) }

    static let sample = "Samples/putin-kim-vostochny.txt"
    static let examples = "Reports/examples"

    /// The bundled pack with the bundled score weights and claim cues.
    static func builder(rules: String = path("Rules")) throws -> ReportBuilder {
        ReportBuilder(
            pack: try RulePack(directories: [rules]),
            weights: try ScoreWeights.load(path: path("Rules/scoring.yml")),
            cues: try ClaimCues.load(path: path("Rules/claims.yml")))
    }

    /// The report model of `text`, shown as coming from `name`.
    static func model(_ text: String, name: String = "test.txt", rules: String = path("Rules")) throws -> ReportModel {
        try model(bytes: Array(text.utf8), name: name, rules: rules)
    }

    static func model(bytes: [UInt8], name: String, rules: String = path("Rules")) throws -> ReportModel {
        try builder(rules: rules).model(PlainTextReader().read(bytes, path: name), matcher: Matcher())
    }

    /// A report as `sourced audit --format FORMAT` writes it with the bundled templates.
    static func render(_ model: ReportModel, _ format: ReportFormat) throws -> String {
        let template = try format.templateName.map { try String(contentsOfFile: path("Reports/templates/\($0)"), encoding: .utf8) }
        return try ReportBuilder.reporter(format, template: template, templateFile: format.templateName ?? "", color: false).render(model)
    }
}
