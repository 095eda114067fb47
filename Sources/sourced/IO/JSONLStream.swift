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
                let error = "\(input):\(lineNumber): line too long (\(bytes) bytes; the limit is --max-bytes \(maxBytes))"
                write(Self.line(id: nil, ["error": error, "line": lineNumber]))
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
        let location = "\(source):\(line)"
        if let offset = TextDecoder.firstInvalidUTF8(bytes) {
            // Foundation would only say "not a JSON object": name the byte.
            let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
            let error = "\(location):\(offset + 1): invalid UTF-8 (byte \(byte); JSON Lines must be UTF-8, re-encode the input)"
            return (Self.line(id: nil, ["error": error, "line": line]), true)
        }
        let bytes = Self.escapingByteOrderMarks(bytes)
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            // Every error line has the same shape; a line that is not an object has no id.
            return (Self.line(id: nil, ["error": "\(location): not a JSON object", "line": line]), true)
        }
        // The id is copied as written: a parsed number would come back changed (0 as false, big integers rounded).
        let id = RawJSONMember.value(named: idField, in: bytes)
        guard let text = object[textField] as? String else {
            return (Self.line(id: id, ["error": "\(location): no string field '\(textField)'", "line": line]), true)
        }
        do {
            let loader = DocumentLoader(maxBytes: maxBytes, noTitle: noTitle || object["title"] != nil)
            let document = try loader.load(bytes: Array(text.utf8), path: location, format: .text)
            let model = try builder.model(document, matcher: matcher)
            return (Self.line(id: id, JSONReporter.object(model)), false)
        } catch {
            let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
            return (Self.line(id: id, ["error": message, "line": line]), true)
        }
    }

    /// The line with a leading byte order mark dropped and every other U+FEFF written as
    /// `\ufeff`: Foundation's parser silently drops a raw U+FEFF that follows an escape
    /// sequence in a string ("a\\n<U+FEFF>b" reads as "a\nb"), which would change the article.
    static func escapingByteOrderMarks(_ line: [UInt8]) -> [UInt8] {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var input = line[...]
        if input.starts(with: mark) { input = input.dropFirst(3) }
        guard input.firstRange(of: mark) != nil else { return Array(input) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 16)
        var index = input.startIndex
        while index < input.endIndex {
            if input[index] == 0xEF, input[index...].starts(with: mark) {
                output += Array(#"\ufeff"#.utf8)
                index += 3
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }

    /// One output line: `"id"` first (the input's bytes, or null), then `object`'s members.
    static func line(id: ArraySlice<UInt8>?, _ object: [String: Any]) -> String {
        let rest = JSONText.encode(object, pretty: false).dropFirst()
        let separator = rest == "}" ? "" : ","
        return #"{"id":"# + (id.map { String(decoding: $0, as: UTF8.self) } ?? "null") + separator + rest + "\n"
    }
}
