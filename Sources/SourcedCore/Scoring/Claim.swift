/// A body sentence that needs a source (unattributed or speculative): where it is in the
/// file, why it needs one and whether a `sourced-ignore-next` comment silences it. `audit`
/// lists them ranked; `check` turns the unattributed ones into findings.
///
/// Lines are 1-based, columns 1-based UTF-16 code units (SARIF, GitHub); the end column is
/// exclusive.
package struct Claim: Sendable, Equatable {
    /// Index into `DocumentAnalysis.segments`.
    package var segment: Int
    package var tag: Tag
    package var text: String
    /// Byte range in the original file.
    package var start: Int
    package var end: Int
    package var line: Int
    package var column: Int
    package var endLine: Int
    package var endColumn: Int
    /// Stable across runs: tag, path, normalised text and occurrence, never the line.
    package var fingerprint: String
    /// The reason given by a `sourced-ignore-next` comment covering this sentence.
    package var suppression: String?
    /// Higher needs a source more (set by `ClaimRanker`): the tag's base weight plus its cues'.
    package var weight: Double = 0
    /// Short reasons, strongest first, each quoting the wording that triggered it.
    package var reasons: [String] = []

    /// The body sentences of `analysis` tagged with one of `tags`, located, in article order.
    package static func collect(_ analysis: DocumentAnalysis, tags: Set<Tag>, suppressions: [Suppression]) -> [Claim] {
        let document = analysis.document
        let lines = LineIndex(document.original)
        var seen: [String: Int] = [:]
        var claims: [Claim] = []
        for (index, analyzed) in analysis.segments.enumerated() where analyzed.segment.kind == .sentence {
            guard let tag = analyzed.tag, tags.contains(tag) else { continue }
            let text = document.string(analyzed.segment.span)
            let original = document.map.original(analyzed.segment.span)
            let normalized = Fingerprint.normalized(text)
            let kind = "\(tag.rawValue)-claim"
            let occurrence = seen[kind + "\n" + normalized, default: 0]
            seen[kind + "\n" + normalized] = occurrence + 1
            claims.append(
                Claim(
                    segment: index, tag: tag, text: text, start: original.start, end: original.end,
                    line: lines.line(of: original.start), column: lines.utf16Column(of: original.start),
                    endLine: lines.line(of: original.end), endColumn: lines.utf16Column(of: original.end),
                    fingerprint: Fingerprint.make([kind, document.path, normalized, "\(occurrence)"]),
                    suppression: Suppression.reason(of: analyzed.segment, in: document, found: suppressions)))
        }
        return claims
    }
}
