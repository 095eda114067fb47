import Foundation
import SourcedCore

/// Reads an article from a path or standard input.
enum InputFiles {
    enum ReadError: Error, LocalizedError {
        case unreadable(path: String, reason: String)
        var errorDescription: String? {
            switch self {
            case .unreadable(let path, let reason): return "\(path): cannot read file (\(reason))"
            }
        }
    }

    static func read(_ path: String) throws -> SourceDocument {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ReadError.unreadable(path: path, reason: "no such file or not readable")
            }
            bytes = Array(data)
        }
        return PlainTextReader().read(bytes, path: path)
    }
}
