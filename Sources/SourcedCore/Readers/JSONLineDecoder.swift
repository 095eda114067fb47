import Foundation

/// Turns one line of a JSON Lines stream (`audit --jsonl`) into an article or a one-line
/// error, for the CLI and the `jsonl` fuzz target alike.
package struct JSONLineDecoder: Sendable {
    /// What one line became; `id` is the line's id member as written, nil when it has none.
    package enum Outcome {
        case article(id: ArraySlice<UInt8>?, document: SourceDocument)
        case failure(id: ArraySlice<UInt8>?, message: String)
    }

    package let textField: String
    package let idField: String
    package let maxBytes: Int
    /// Every line is body-only text; a line with a `title` field always is.
    package let noTitle: Bool

    package init(textField: String, idField: String, maxBytes: Int, noTitle: Bool) {
        self.textField = textField
        self.idField = idField
        self.maxBytes = maxBytes
        self.noTitle = noTitle
    }

    /// Decodes `bytes` (one line without its terminator); `location` is `<file>:<line>`.
    package func decode(_ bytes: [UInt8], location: String) -> Outcome {
        if bytes.count > maxBytes {
            return .failure(id: nil, message: Self.message(.tooLong(location: location, bytes: bytes.count, limit: maxBytes)))
        }
        if let offset = TextDecoder.firstInvalidUTF8(bytes) {
            return .failure(id: nil, message: Self.message(.invalidUTF8(location: location, offset: offset, byte: bytes[offset])))
        }
        let bytes = Self.escapingByteOrderMarks(bytes)
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            // A line that is not an object has no id.
            return .failure(id: nil, message: Self.message(.notObject(location: location)))
        }
        // The id is copied as written: a parsed number would come back changed (0 as false, big integers rounded).
        let id = RawJSONMember.value(named: idField, in: bytes)
        guard let text = object[textField] as? String else {
            return .failure(id: id, message: Self.message(.noTextField(location: location, field: textField)))
        }
        do {
            let loader = DocumentLoader(maxBytes: maxBytes, noTitle: noTitle || object["title"] != nil)
            return .article(id: id, document: try loader.load(bytes: Array(text.utf8), path: location, format: .text))
        } catch {
            return .failure(id: id, message: error.errorDescription ?? "\(error)")
        }
    }

    private static func message(_ error: JSONLineError) -> String {
        error.errorDescription ?? "\(error)"
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
}
