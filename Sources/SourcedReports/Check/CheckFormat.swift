import Foundation
import SourcedCore

/// Report formats of `sourced check`.
package enum CheckFormat: String, CaseIterable, Sendable {
    case text, sarif, github, junit, gitlab

    /// Renders the report in this format.
    package func render(_ report: CheckReport, toolVersion: String) -> String {
        switch self {
        case .text: return CheckTextReporter().render(report)
        case .sarif:
            let base = ProcessInfo.processInfo.environment["SOURCED_DOCS_URL"]
            return SARIFReporter(toolVersion: toolVersion, docsBaseURL: base).render(report)
        case .github: return GitHubReporter().render(report)
        case .junit: return JUnitReporter().render(report)
        case .gitlab: return GitLabReporter().render(report)
        }
    }
}
