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
        // Standard input goes through the loader's bounded read: a huge stream is refused
        // one byte past --max-bytes instead of being buffered whole first.
        try DocumentLoader(maxBytes: maxBytes, noTitle: noTitle).load(path: path, format: format)
    }
}

extension InputFormat: ExpressibleByArgument {}
