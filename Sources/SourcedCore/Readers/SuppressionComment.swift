import Foundation

/// A `<!-- sourced-ignore-next: reason -->` comment in a Markdown or HTML file.
enum SuppressionComment: Equatable {
    /// The comment gives a reason; the next block is not scored.
    case reason(String)
    /// The comment has no reason; it is reported and not applied.
    case missingReason

    static let directive = "sourced-ignore-next"

    /// The suppression in a comment's text (with or without `<!--`/`-->`), or nil when the
    /// comment is not one. The directive starts the comment; its reason follows a colon.
    /// The readers and the raw-byte scan of `Suppression` both decide here.
    static func parse(_ comment: [UInt8]) -> SuppressionComment? {
        var body = String(decoding: comment, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if body.hasPrefix("<!--") { body.removeFirst(4) }
        if body.hasSuffix("-->") { body.removeLast(3) }
        body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.hasPrefix(directive) else { return nil }
        let rest = body.dropFirst(directive.count)
        if let next = rest.first, next != ":", !next.isWhitespace { return nil }  // another word, e.g. "…-nextday"
        let tail = rest.drop(while: \.isWhitespace)
        let reason = tail.hasPrefix(":") ? tail.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return reason.isEmpty ? .missingReason : .reason(reason)
    }

    static func warning(line: Int) -> String {
        "line \(line): sourced-ignore-next without a reason is not applied (write '<!-- sourced-ignore-next: why -->')"
    }
}
