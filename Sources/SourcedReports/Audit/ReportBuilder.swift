import Foundation
import PCRE2
import SourcedCore

/// Turns an article into a report: analysis, score, ledger, claims, then the chosen format.
/// The CLI and the example-staleness test both go through here, so they agree.
package struct ReportBuilder: Sendable {
    package let analyzer: Analyzer
    package let weights: ScoreWeights
    package let cues: ClaimCues

    package init(pack: RulePack, weights: ScoreWeights, cues: ClaimCues) {
        self.init(analyzer: Analyzer(pack: pack), weights: weights, cues: cues)
    }

    /// A builder over an analyzer already made (the batch shares one per rule set).
    package init(analyzer: Analyzer, weights: ScoreWeights, cues: ClaimCues) {
        self.analyzer = analyzer
        self.weights = weights
        self.cues = cues
    }

    /// The report model of one document, with its sourcing summary.
    package func model(_ document: SourceDocument, matcher: Matcher) throws(AnalysisError) -> ReportModel {
        let analysis = try analyzer.analyze(document, matcher: matcher)
        let suppressions = (try? Suppression.scan(document.original, path: document.path)) ?? []
        let summary = try SourcingSummary(analysis, weights: weights, cues: cues, suppressions: suppressions, matcher: matcher)
        return ReportModel(analysis, summary: summary)
    }

    /// The reporter for `format`. Markdown and HTML need `template` (the text of a Mustache
    /// template; `templateFile` names it in errors).
    package static func reporter(
        _ format: ReportFormat, template: String?, templateFile: String, color: Bool, width: Int = 80
    ) throws(TemplateReporter.TemplateError) -> any Reporter {
        switch format {
        case .text: return TextReporter(color: color, width: width)
        case .json: return JSONReporter()
        case .markdown, .html:
            guard let template else {
                throw TemplateReporter.TemplateError(file: templateFile, line: 1, column: 1, message: "template not found")
            }
            return try TemplateReporter(template: template, file: templateFile)
        }
    }
}
