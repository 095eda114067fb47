import PCRE2

/// Ranks the unattributed and speculative body sentences so that those that most need a
/// source come first; ties keep article order.
package struct ClaimRanker: Sendable {
    package let cues: ClaimCues

    package init(cues: ClaimCues) { self.cues = cues }

    /// The claims of `analysis` that need a source, most first; ties keep article order. A cue
    /// stopped by the match limit is skipped on that sentence and counted in `limitHits`.
    package func rank(
        _ analysis: DocumentAnalysis, suppressions: [Suppression] = [], matcher: Matcher, limitHits: LimitHits
    ) -> [Claim] {
        var claims = Claim.collect(analysis, tags: Set(cues.bases.keys), suppressions: suppressions)
        for index in claims.indices {
            let claim = claims[index]
            guard let base = cues.bases[claim.tag] else { continue }
            let span = analysis.segments[claim.segment].segment.span
            let found = hits(in: span, of: analysis.document, matcher: matcher, limitHits: limitHits)
            claims[index].weight = found.reduce(base.weight) { $0 + $1.cue.weight }
            var reasons = found.filter { $0.cue.weight > 0 }.map { "\($0.cue.reason) ('\($0.text)')" }
            if reasons.isEmpty { reasons = [base.reason] + found.map { "\($0.cue.reason) ('\($0.text)')" } }
            claims[index].reasons = reasons
        }
        return claims.enumerated().sorted { ($1.element.weight, $0.offset) < ($0.element.weight, $1.offset) }.map(\.element)
    }

    /// The first match of each cue in the sentence, strongest cue first.
    private func hits(
        in span: ByteSpan, of document: SourceDocument, matcher: Matcher, limitHits: LimitHits
    ) -> [(cue: ClaimCues.Cue, text: String)] {
        var found: [(cue: ClaimCues.Cue, text: String)] = []
        document.text.withUnsafeBufferPointer { text in
            let sentence = UnsafeBufferPointer(rebasing: text[span.range])
            for cue in cues.cues {
                do {
                    guard let match = try matcher.firstMatch(cue.pattern, in: sentence) else { continue }
                    found.append((cue, document.string(ByteSpan(match.range).shifted(by: span.start))))
                } catch {
                    limitHits.add("claims.\(cue.name)")
                }
            }
        }
        return found.enumerated().sorted { ($1.element.cue.weight, $0.offset) < ($0.element.cue.weight, $1.offset) }.map(\.element)
    }
}
