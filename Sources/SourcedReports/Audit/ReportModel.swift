import SourcedCore

/// A document's analysis translated for output: offsets into the original file,
/// line and column, and the text of every span. Every reporter reads this.
package struct ReportModel: Sendable {
    package struct Span: Sendable, Equatable {
        package var start: Int
        package var end: Int
        package var text: String
    }

    package struct Source: Sendable, Equatable {
        package var span: Span
        package var kind: SourceKind?
        /// For pronouns and quote continuations: the named source referred to.
        package var antecedent: Span?
    }

    package struct Attribution: Sendable, Equatable {
        package var cue: Span
        package var source: Source?
        package var rule: String
    }

    package struct Hedge: Sendable, Equatable {
        package var span: Span
        package var rule: String
    }

    package struct Segment: Sendable {
        package var span: Span
        package var line: Int
        package var column: Int
        package var endLine: Int
        package var endColumn: Int
        package var kind: SegmentKind
        package var tag: Tag?
        package var attribution: Attribution?
        package var hedges: [Hedge]
        package var rules: [String]
        /// Block (paragraph) index.
        package var block: Int
        /// The reason of a `<!-- sourced-ignore-next: reason -->` comment silencing this
        /// segment (as `check` does); nil when it is not suppressed.
        package var suppressed: String? = nil
    }

    package let path: String
    package let bytes: Int
    package let segments: [Segment]
    package let counts: TagCounts
    package private(set) var warnings: [String]
    package let lines: LineIndex
    /// Score, measures, ledger and claims; nil when the caller did not compute them.
    package var summary: SourcingSummary?

    package init(_ analysis: DocumentAnalysis) {
        let document = analysis.document
        let lines = LineIndex(document.original)
        // A comment without a reason is an error for `check`; the report just does not honour it.
        let found = (try? Suppression.scan(document.original, path: document.path)) ?? []
        func span(_ span: ByteSpan) -> Span {
            Span(start: document.map.original(span).start, end: document.map.original(span).end, text: document.string(span))
        }
        segments = analysis.segments.map { analyzed in
            let original = document.map.original(analyzed.segment.span)
            let attribution = analyzed.attribution.map { attribution in
                Attribution(
                    cue: span(attribution.cue),
                    source: attribution.source.map {
                        Source(span: span($0), kind: attribution.kind, antecedent: attribution.antecedent.map(span))
                    },
                    rule: attribution.rule)
            }
            return Segment(
                span: span(analyzed.segment.span), line: lines.line(of: original.start),
                column: lines.column(of: original.start), endLine: lines.line(of: original.end),
                endColumn: lines.column(of: original.end), kind: analyzed.segment.kind, tag: analyzed.tag,
                attribution: attribution, hedges: analyzed.hedges.map { Hedge(span: span($0.span), rule: $0.rule) },
                rules: analyzed.rules, block: analyzed.segment.block,
                suppressed: Suppression.reason(of: analyzed.segment, in: document, found: found))
        }
        path = document.path
        bytes = document.original.count
        counts = analysis.counts
        warnings = document.warnings
        self.lines = lines
    }

    /// The model with the score, measures, source ledger and claims.
    package init(_ analysis: DocumentAnalysis, summary: SourcingSummary) {
        self.init(analysis)
        self.summary = summary
        warnings += summary.warnings
    }

    /// Body sentences only.
    package var sentences: [Segment] { segments.filter { $0.kind == .sentence } }
}
