import PCRE2

/// A body sentence that needs a source, with why.
package struct Claim: Sendable, Equatable {
    /// Index into `DocumentAnalysis.segments`.
    package var segment: Int
    package var tag: Tag
    /// Higher needs a source more: the tag's base weight plus the weight of each cue found.
    package var weight: Double
    /// Short reasons, strongest first, each quoting the wording that triggered it.
    package var reasons: [String]
}

/// Ranks the unattributed and speculative body sentences so that those that most need a
/// source come first; ties keep article order.
package struct ClaimRanker: Sendable {
    package let cues: ClaimCues

    package init(cues: ClaimCues) { self.cues = cues }

    package func rank(_ analysis: DocumentAnalysis, matcher: Matcher) throws(AnalysisError) -> [Claim] {
        var claims: [Claim] = []
        for (index, segment) in analysis.segments.enumerated() where segment.segment.kind == .sentence {
            guard let tag = segment.tag, tag != .attributed, let base = cues.bases[tag] else { continue }
            let found = try hits(in: segment.segment.span, of: analysis.document, matcher: matcher)
            let weight = found.reduce(base.weight) { $0 + $1.cue.weight }
            var reasons = found.filter { $0.cue.weight > 0 }.map { "\($0.cue.reason) ('\($0.text)')" }
            if reasons.isEmpty { reasons = [base.reason] + found.map { "\($0.cue.reason) ('\($0.text)')" } }
            claims.append(Claim(segment: index, tag: tag, weight: weight, reasons: reasons))
        }
        return claims.enumerated().sorted { ($1.element.weight, $0.offset) < ($0.element.weight, $1.offset) }.map(\.element)
    }

    /// The first match of each cue in the sentence, strongest cue first.
    private func hits(in span: ByteSpan, of document: SourceDocument, matcher: Matcher) throws(AnalysisError) -> [(
        cue: ClaimCues.Cue, text: String
    )] {
        var found: [(cue: ClaimCues.Cue, text: String)] = []
        let result: Result<Void, AnalysisError> = document.text.withUnsafeBufferPointer { text in
            let sentence = UnsafeBufferPointer(rebasing: text[span.range])
            for cue in cues.cues {
                do {
                    guard let match = try matcher.firstMatch(cue.pattern, in: sentence) else { continue }
                    found.append((cue, document.string(ByteSpan(match.range).shifted(by: span.start))))
                } catch {
                    return .failure(.patternLimit(rule: "claims.\(cue.name)", document: document.path, message: error.localizedDescription))
                }
            }
            return .success(())
        }
        try result.get()
        return found.enumerated().sorted { ($1.element.cue.weight, $0.offset) < ($0.element.cue.weight, $1.offset) }.map(\.element)
    }
}
