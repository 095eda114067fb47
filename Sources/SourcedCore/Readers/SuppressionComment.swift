import Foundation

/// A `<!-- sourced-ignore-next: reason -->` comment in a Markdown or HTML file.
enum SuppressionComment: Equatable {
    /// The comment gives a reason; the next block is not scored.
    case reason(String)
    /// The comment has no reason; it is reported and not applied.
    case missingReason

    static let keyword = Array("sourced-ignore-next".utf8)

    /// The suppression in a comment's text (with or without `<!--`/`-->`), or nil.
    static func parse(_ comment: [UInt8]) -> SuppressionComment? {
        guard let start = find(keyword, in: comment) else { return nil }
        var rest = comment[(start + keyword.count)...]
        if let close = find(Array("-->".utf8), in: Array(rest)) { rest = rest.prefix(close) }
        var reason = String(decoding: rest, as: UTF8.self)
        if reason.hasPrefix(":") { reason.removeFirst() } else if !reason.allSatisfy(\.isWhitespace) { return nil }
        reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return reason.isEmpty ? .missingReason : .reason(reason)
    }

    static func warning(line: Int) -> String {
        "line \(line): sourced-ignore-next without a reason is not applied (write '<!-- sourced-ignore-next: why -->')"
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
