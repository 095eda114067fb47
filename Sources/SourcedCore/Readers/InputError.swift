import Foundation

/// Why an input file cannot be read as an article.
///
/// Messages are one line, `<file>: <what> (<hint>)`; the CLI adds `sourced: error: `.
package enum InputError: Error, LocalizedError, Equatable, Sendable {
    /// The file is empty, holds only whitespace, or its markup holds no article text.
    case noText(path: String, format: InputFormat)
    case binary(path: String, reason: String)
    /// `bytes` is nil when the size is unknown (standard input stops at the limit).
    case tooLarge(path: String, bytes: Int?, limit: Int)
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case isDirectory(path: String)
    case brokenSymlink(path: String, target: String)
    case symlinkLoop(path: String)

    /// The path as the user gave it.
    package var path: String {
        switch self {
        case .noText(let path, _), .binary(let path, _), .tooLarge(let path, _, _), .notFound(let path),
            .unreadable(let path, _), .isDirectory(let path), .brokenSymlink(let path, _),
            .symlinkLoop(let path):
            return path
        }
    }

    package var errorDescription: String? {
        let name = path == "-" ? "<stdin>" : path
        switch self {
        case .noText(_, .text):
            return "\(name): no text (the file is empty or holds only whitespace)"
        case .noText(_, .markdown):
            return "\(name): no text (no paragraphs or headings outside code, tables and comments)"
        case .noText(_, .html):
            return "\(name): no text (no article text found in the HTML)"
        case .binary(_, let reason):
            return "\(name): binary file, not an article (\(reason))"
        case .tooLarge(_, let bytes, let limit):
            let size = bytes.map { "\($0) bytes" } ?? "more than \(limit) bytes"
            return "\(name): file too large, \(size) (the limit is \(Self.describe(limit)); raise it with --max-bytes)"
        case .notFound:
            return "\(name): no such file (check the path)"
        case .unreadable(_, let reason):
            return "\(name): cannot read the file (\(reason))"
        case .isDirectory:
            return "\(name): is a directory, not a file (give an article file)"
        case .brokenSymlink(_, let target):
            return "\(name): broken symbolic link (its target '\(target)' does not exist)"
        case .symlinkLoop:
            return "\(name): symbolic link loop (too many levels of links)"
        }
    }

    /// `16 MiB = 16777216 bytes`, or just the bytes when they are not whole MiB.
    static func describe(_ limit: Int) -> String {
        let mebibyte = 1 << 20
        guard limit >= mebibyte, limit % mebibyte == 0 else { return "\(limit) bytes" }
        return "\(limit / mebibyte) MiB = \(limit) bytes"
    }
}
