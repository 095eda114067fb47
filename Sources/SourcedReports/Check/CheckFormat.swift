import Foundation
import SourcedCore

/// Report formats of `sourced check`.
package enum CheckFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, junit, gitlab

    /// What a format needs to know about the run besides the report.
    package struct Context: Sendable {
        package var toolVersion: String
        /// The absolute base of help links (see `SARIFReporter.docsBaseURL`).
        package var docsBaseURL: String?
        package var workingDirectory: String
        /// When the check started, and how long it took (JUnit's `timestamp` and `time`).
        package var started: Date
        package var elapsed: TimeInterval

        package init(toolVersion: String, docsBaseURL: String?, workingDirectory: String, started: Date, elapsed: TimeInterval) {
            self.toolVersion = toolVersion
            self.docsBaseURL = docsBaseURL
            self.workingDirectory = workingDirectory
            self.started = started
            self.elapsed = elapsed
        }
    }

    /// Renders the report in this format.
    package func render(_ report: CheckReport, context: Context) -> String {
        switch self {
        case .text: return CheckTextReporter().render(report)
        case .json: return CheckJSONReporter().render(report)
        case .sarif:
            return SARIFReporter(
                toolVersion: context.toolVersion, docsBaseURL: context.docsBaseURL, workingDirectory: context.workingDirectory
            ).render(report)
        case .github: return GitHubReporter().render(report)
        case .junit: return JUnitReporter(timestamp: context.started, elapsed: context.elapsed).render(report)
        case .gitlab: return GitLabReporter().render(report)
        }
    }
}
