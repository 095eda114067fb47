import Foundation

/// A failure while reading gold labels or the documents they point to.
package enum EvalError: Error, LocalizedError, Equatable, Sendable {
    /// The labels file itself cannot be read.
    case unreadableLabels(file: String, reason: String)
    /// A line of a labels file is not valid gold: `file:line: message`.
    case malformedLine(file: String, line: Int, message: String)
    /// A line refers to a document that cannot be read.
    case missingDocument(file: String, line: Int, document: String)
    /// A line refers to a document the loader refuses (binary, too large, no text).
    case unreadableDocument(file: String, line: Int, document: String, reason: String)
    /// A line's byte span runs past the end of its document.
    case spanOutOfRange(file: String, line: Int, document: String, end: Int, size: Int)
    /// The analyzer failed on a document.
    case analysisFailed(document: String, message: String)

    package var errorDescription: String? {
        switch self {
        case .unreadableLabels(let file, let reason):
            return "\(file): cannot read labels file (\(reason))"
        case .malformedLine(let file, let line, let message):
            return "\(file):\(line): \(message)"
        case .missingDocument(let file, let line, let document):
            return "\(file):\(line): cannot read document '\(document)' (paths are relative to the labels file's folder)"
        case .unreadableDocument(let file, let line, let document, let reason):
            return "\(file):\(line): cannot use document '\(document)' (\(reason))"
        case .spanOutOfRange(let file, let line, let document, let end, let size):
            return "\(file):\(line): 'end' \(end) is past the end of '\(document)' (\(size) bytes)"
        case .analysisFailed(let document, let message):
            return "\(document): analysis failed (\(message))"
        }
    }
}
