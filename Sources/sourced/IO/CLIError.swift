import ArgumentParser
import Foundation

/// Errors of the command line itself.
enum CLIError: Error, LocalizedError {
    case unknownRule(String)
    case cannotWrite(path: String, reason: String)
    case wouldOverwriteInput(String)

    var errorDescription: String? {
        switch self {
        case .unknownRule(let id):
            return "unknown rule '\(id)' (see 'sourced rules list')"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write report (\(reason))"
        case .wouldOverwriteInput(let path):
            return "\(path): refusing to overwrite an input file (choose another --output)"
        }
    }
}

/// Prints `sourced: error: …` on stderr and exits with the code for bad input (2).
func fail(_ error: Error) -> ExitCode {
    let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
    FileHandle.standardError.write(Data("sourced: error: \(message)\n".utf8))
    return ExitCode(2)
}

func warn(_ message: String) {
    FileHandle.standardError.write(Data("sourced: warning: \(message)\n".utf8))
}
