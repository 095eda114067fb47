import ArgumentParser
import Foundation
import SourcedReports

/// Process-wide output settings, set once from the flags before any work starts.
enum Diagnostics {
    /// `--quiet`: no warnings, no progress bar; errors are still printed.
    nonisolated(unsafe) static var quiet = false
}

/// Errors of the command line itself.
enum CLIError: Error, LocalizedError {
    case unknownRule(String, suggestion: String)
    case cannotWrite(path: String, reason: String)
    case wouldOverwriteInput(String)

    var errorDescription: String? {
        switch self {
        case .unknownRule(let id, let suggestion):
            return "unknown rule '\(id)' (\(suggestion.isEmpty ? "" : suggestion + " ")see 'sourced rules list')"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write report (\(reason))"
        case .wouldOverwriteInput(let path):
            return "\(path): refusing to overwrite an input file (choose another --output)"
        }
    }
}

extension ExitCode {
    /// Bad input, rule or config (a batch lists every failure first).
    static let badInput = ExitCode(2)
    /// A stream could not start (rules, config, templates, its input): nothing was analysed.
    /// Distinct from 2 ("some lines carry an error") and above it, so no wrapper that accepts
    /// line errors (`test $? -le 2`) takes it for success. 78 is sysexits' EX_CONFIG.
    static let startupFailure = ExitCode(78)
}

/// Prints `sourced: error: …` on stderr and returns the exit code to throw (2 by default).
func fail(_ error: Error, code: ExitCode = .badInput) -> ExitCode {
    let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
    FileHandle.standardError.write(Data("sourced: error: \(VisibleText.visible(message))\n".utf8))
    return code
}

func warn(_ message: String) {
    guard !Diagnostics.quiet else { return }
    FileHandle.standardError.write(Data("sourced: warning: \(VisibleText.visible(message))\n".utf8))
}
