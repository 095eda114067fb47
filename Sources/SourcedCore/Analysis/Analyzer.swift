import PCRE2

/// Tags every sentence of a document. Shared by all workers; each worker passes its own `Matcher`.
package struct Analyzer: Sendable {
    package let pack: RulePack
    package let segmenter: Segmenter

    package init(pack: RulePack) {
        self.pack = pack
        segmenter = Segmenter(pack: pack)
    }

    package func analyze(_ document: SourceDocument, matcher: Matcher) throws(AnalysisError) -> DocumentAnalysis {
        var refusal: String?
        var skipped: [String] = []
        let blockHits = LimitHits()
        let result: Result<[AnalyzedSegment], AnalysisError> = document.text.withUnsafeBufferPointer { text in
            do throws(AnalysisError) {
                let segments = try segmenter.segment(document, text: text, matcher: matcher, limitHits: blockHits)
                // English rules on another language would call every sentence bare.
                refusal = LanguageGuess(document.text, spans: segments.filter { $0.kind == .sentence }.map(\.span)).refusal
                if refusal != nil { return .success(segments.map(Self.untagged)) }
                let sentenceMatcher = SentenceMatcher(pack: pack, matcher: matcher, document: document.path)
                defer { skipped = sentenceMatcher.limitHits.warnings }
                return .success(try tag(segments, document: document, text: text, sentenceMatcher: sentenceMatcher, matcher: matcher))
            } catch {
                return .failure(error)
            }
        }
        let added = (refusal.map { [$0] } ?? []) + blockHits.warnings + skipped
        guard !added.isEmpty else { return DocumentAnalysis(document: document, segments: try result.get()) }
        let warned = SourceDocument(
            path: document.path, original: document.original, text: document.text, map: document.map, blocks: document.blocks,
            warnings: document.warnings + added)
        return DocumentAnalysis(document: warned, segments: try result.get(), unscored: refusal)
    }

    static func untagged(_ segment: Segment) -> AnalyzedSegment {
        AnalyzedSegment(segment: segment, tag: nil, attribution: nil, hedges: [], rules: segment.rule.map { [$0] } ?? [])
    }

    private func tag(
        _ segments: [Segment], document: SourceDocument, text: UnsafeBufferPointer<UInt8>, sentenceMatcher: SentenceMatcher,
        matcher: Matcher
    ) throws(AnalysisError) -> [AnalyzedSegment] {
        var analyzed: [AnalyzedSegment] = []
        var pronouns = PronounResolver(pack: pack)
        for segment in segments {
            guard segment.kind == .sentence else {
                analyzed.append(Self.untagged(segment))
                continue
            }
            let sentence = UnsafeBufferPointer(rebasing: text[segment.span.range])
            let findings = try sentenceMatcher.find(in: sentence, at: segment.span.start)
            var attribution = Self.strongest(findings.attributions)
            pronouns.resolve(&attribution, sentence: segment.span, block: segment.block, text: text, matcher: matcher)
            analyzed.append(
                AnalyzedSegment(
                    segment: segment, tag: Self.tag(attribution: attribution, hedges: findings.hedges),
                    attribution: attribution, hedges: findings.hedges, rules: findings.rules.sorted()))
        }
        if let rule = pack.continuation {
            TranscriptTurns(rule: rule, text: document.text).apply(to: &analyzed)
            QuoteContinuation(rule: rule, text: document.text).apply(to: &analyzed)
        }
        return analyzed
    }

    /// The attribution that decides the tag: the strongest source kind, then the earliest cue,
    /// then the source that starts first (of one cue, the whole phrase over a part of it:
    /// "People familiar with the matter said", not "the matter said").
    static func strongest(_ attributions: [Attribution]) -> Attribution? {
        attributions.min { a, b in
            (a.rank, b.cue.start, b.source?.start ?? Int.max) > (b.rank, a.cue.start, a.source?.start ?? Int.max)
        }
    }

    /// A specific source makes a sentence attributed, even when the reported statement hedges;
    /// a vague or missing source, or a hedge without a source, makes it speculative.
    static func tag(attribution: Attribution?, hedges: [Hedge]) -> Tag {
        if let attribution { return attribution.kind?.isSpecific == true ? .attributed : .speculative }
        return hedges.isEmpty ? .unattributed : .speculative
    }
}
