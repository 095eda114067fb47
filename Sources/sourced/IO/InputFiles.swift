import ArgumentParser
import Foundation
import SourcedCore

/// Reads an article from a path or standard input through the format readers.
///
/// Every command (audit, eval, score, check) reads articles through `read(_:)`.
enum InputFiles {
    static func read(
        _ path: String, format: InputFormat? = nil, maxBytes: Int = DocumentLoader.defaultMaxBytes, noTitle: Bool = false
    ) throws -> SourceDocument {
        let loader = DocumentLoader(maxBytes: maxBytes, noTitle: noTitle)
        guard path == "-" else { return try loader.load(path: path, format: format) }
        let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        return try loader.load(bytes: bytes, path: path, format: format ?? .text)
    }
}

extension InputFormat: ExpressibleByArgument {}
