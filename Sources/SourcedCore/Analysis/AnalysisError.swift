import Foundation

/// A failure while analysing a document.
package enum AnalysisError: Error, LocalizedError, Equatable, Sendable {
    /// A rule's pattern hit PCRE2's match or depth limit on this document.
    case patternLimit(rule: String, document: String, message: String)

    package var errorDescription: String? {
        switch self {
        case .patternLimit(let rule, let document, let message):
            return "\(document): rule '\(rule)' exceeded the match limit (\(message))"
        }
    }
}
