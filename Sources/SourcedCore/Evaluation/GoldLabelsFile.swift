import Foundation

/// Reads gold labels (JSON Lines): article-aligned `{"doc","start","end","segment",…}` lines
/// and standalone `{"id","text",…}` lines, with labels `tag`/`also`, `attributed`, `speculative`.
///
/// Blank lines are skipped and unknown keys ignored. The first malformed line stops the
/// read with an `EvalError` naming the file and line.
package enum GoldLabelsFile {
    /// Reads and parses the labels file at `path`; `doc` paths resolve against its folder.
    package static func load(_ path: String) throws(EvalError) -> [GoldLabel] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableLabels(file: path, reason: "no such file or not readable")
        }
        let folder = (path as NSString).deletingLastPathComponent
        return try parse(Array(data), file: path, folder: folder)
    }

    /// Parses labels from `bytes`; `file` names the source in errors, `folder` resolves `doc`.
    package static func parse(_ bytes: [UInt8], file: String, folder: String) throws(EvalError) -> [GoldLabel] {
        let decoder = JSONDecoder()
        var labels: [GoldLabel] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                let raw = try decoder.decode(GoldLine.self, from: Data(line))
                labels.append(try raw.label(file: file, line: lineNumber, folder: folder))
            } catch let problem as GoldLine.Problem {
                throw .malformedLine(file: file, line: lineNumber, message: problem.message)
            } catch {
                throw .malformedLine(file: file, line: lineNumber, message: "not a JSON object (\(describe(error)))")
            }
        }
        return labels
    }

    private static func describe(_ error: Error) -> String {
        guard case DecodingError.dataCorrupted(let context) = error else { return "invalid JSON" }
        let reason = context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
        return reason.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    }
}

/// The keys of one gold line, checked with a message per key.
struct GoldLine: Decodable {
    struct Problem: Error {
        let message: String
    }

    enum Key: String, CodingKey {
        case doc, start, end, segment, id, text, tag, also, attributed, speculative
    }

    var doc: String?
    var start: Int?
    var end: Int?
    var segment: GoldSegment?
    var id: String?
    var text: String?
    var tag: Tag?
    var also: [Tag] = []
    var attributed: Bool?
    var speculative: Bool?

    init(from decoder: Decoder) throws {
        let container: KeyedDecodingContainer<Key>
        do {
            container = try decoder.container(keyedBy: Key.self)
        } catch {
            throw Problem(message: "not a JSON object")
        }
        doc = try Self.value(String.self, .doc, in: container, "must be a string")
        start = try Self.value(Int.self, .start, in: container, "must be a whole number")
        end = try Self.value(Int.self, .end, in: container, "must be a whole number")
        id = try Self.value(String.self, .id, in: container, "must be a string")
        text = try Self.value(String.self, .text, in: container, "must be a string")
        attributed = try Self.value(Bool.self, .attributed, in: container, "must be true or false")
        speculative = try Self.value(Bool.self, .speculative, in: container, "must be true or false")
        let segments = GoldSegment.allCases.map(\.rawValue).joined(separator: ", ")
        segment = try Self.value(GoldSegment.self, .segment, in: container, "must be one of \(segments)")
        let tags = Tag.allCases.map(\.rawValue).joined(separator: ", ")
        tag = try Self.value(Tag.self, .tag, in: container, "must be one of \(tags)")
        also = try Self.value([Tag].self, .also, in: container, "must be a list of \(tags)") ?? []
    }

    /// The value of `key`, nil when absent or null; a wrong type becomes a `Problem`.
    private static func value<T: Decodable>(
        _ type: T.Type, _ key: Key, in container: KeyedDecodingContainer<Key>, _ expectation: String
    ) throws -> T? {
        guard container.contains(key), (try? container.decodeNil(forKey: key)) != true else { return nil }
        do {
            return try container.decode(T.self, forKey: key)
        } catch {
            throw Problem(message: "'\(key.rawValue)' \(expectation)")
        }
    }

    /// The checked label: an article span needs `doc`, `start` and `end`; else `text` is needed.
    func label(file: String, line: Int, folder: String) throws -> GoldLabel {
        let location: GoldLabel.Location
        if let doc {
            guard let start else { throw Problem(message: "'start' is missing (a 'doc' line needs 'start' and 'end')") }
            guard let end else { throw Problem(message: "'end' is missing (a 'doc' line needs 'start' and 'end')") }
            guard start >= 0 else { throw Problem(message: "'start' must not be negative (got \(start))") }
            guard end >= start else { throw Problem(message: "'end' \(end) is before 'start' \(start)") }
            let path = doc.hasPrefix("/") || folder.isEmpty ? doc : folder + "/" + doc
            location = .article(document: doc, path: path, span: ByteSpan(start, end), segment: segment ?? .body)
        } else if let text {
            location = .standalone(id: id ?? "line \(line)", text: text)
        } else {
            throw Problem(message: "needs 'doc' with 'start' and 'end', or 'text'")
        }
        return GoldLabel(
            file: file, line: line, location: location, tag: tag, also: also,
            attributed: attributed, speculative: speculative)
    }
}
