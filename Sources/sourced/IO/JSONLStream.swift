import Foundation
import PCRE2
import SourcedCore
import SourcedReports

/// The streaming interface: one JSON article per input line, one `sourced/1` result per
/// output line, in input order. A bad line yields an error line and the stream goes on.
struct JSONLStream {
    let builder: ReportBuilder
    let textField: String
    let idField: String
    let maxBytes: Int
    /// Every line is body-only text; a line with a `title` field always is.
    var noTitle = false
    /// Lines analysed in parallel before their results are written, in order.
    let batchSize = 64

    /// Processes `input` (a path or "-"); returns the number of lines that failed.
    func run(input: String, write: (String) -> Void) throws -> Int {
        let handle: FileHandle
        if input == "-" {
            handle = .standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: input) else {
                throw InputError.notFound(path: input)
            }
            handle = opened
        }
        let reader = LineReader(handle: handle, maxBytes: maxBytes)
        var lineNumber = 0
        var failures = 0
        var batch: [(number: Int, bytes: [UInt8])] = []
        func flush() {
            let results = process(batch, source: input)
            for result in results {
                if result.failed { failures += 1 }
                write(result.json)
            }
            batch.removeAll(keepingCapacity: true)
        }
        while let next = reader.next(beforeWaiting: { if !batch.isEmpty { flush() } }) {
            lineNumber += 1
            let line: [UInt8]
            switch next {
            case .text(let text): line = text
            case .tooLong(let bytes):
                // Results of the lines before it go first.
                flush()
                failures += 1
                let error = JSONLineError.tooLong(location: "\(input):\(lineNumber)", bytes: bytes, limit: maxBytes)
                write(Self.line(id: nil, ["error": error.errorDescription ?? "\(error)", "line": lineNumber]))
                continue
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            batch.append((lineNumber, line))
            if batch.count == batchSize { flush() }
        }
        flush()
        return failures
    }

    private func process(_ batch: [(number: Int, bytes: [UInt8])], source: String) -> [(json: String, failed: Bool)] {
        let stream = self
        return WorkerPool(jobs: ProcessInfo.processInfo.activeProcessorCount).map(count: batch.count) { index, matcher in
            stream.analyse(batch[index].bytes, line: batch[index].number, source: source, matcher: matcher)
        }
    }

    private func analyse(_ bytes: [UInt8], line: Int, source: String, matcher: Matcher) -> (json: String, failed: Bool) {
        let decoder = JSONLineDecoder(textField: textField, idField: idField, maxBytes: maxBytes, noTitle: noTitle)
        switch decoder.decode(bytes, location: "\(source):\(line)") {
        case .failure(let id, let message):
            // Every error line has the same shape.
            return (Self.line(id: id, ["error": message, "line": line]), true)
        case .article(let id, let document):
            do {
                return (Self.line(id: id, JSONReporter.object(try builder.model(document, matcher: matcher))), false)
            } catch {
                let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
                return (Self.line(id: id, ["error": message, "line": line]), true)
            }
        }
    }

    /// One output line: `"id"` first (the input's bytes, or null), then `object`'s members.
    static func line(id: ArraySlice<UInt8>?, _ object: [String: Any]) -> String {
        let rest = JSONText.encode(object, pretty: false).dropFirst()
        let separator = rest == "}" ? "" : ","
        return #"{"id":"# + (id.map { String(decoding: $0, as: UTF8.self) } ?? "null") + separator + rest + "\n"
    }
}
