import SourcedCore

/// A document's analysis translated for output: offsets into the original file,
/// line and column, and the text of every span. Every reporter reads this.
public struct ReportModel: Sendable {
    public struct Span: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var text: String
    }

    public struct Source: Sendable, Equatable {
        public var span: Span
        public var kind: SourceKind?
        /// For pronouns and quote continuations: the named source referred to.
        public var antecedent: Span?
    }

    public struct Attribution: Sendable, Equatable {
        public var cue: Span
        public var source: Source?
        public var rule: String
    }

    public struct Hedge: Sendable, Equatable {
        public var span: Span
        public var rule: String
    }

    public struct Segment: Sendable {
        public var span: Span
        public var line: Int
        public var column: Int
        public var endLine: Int
        public var endColumn: Int
        public var kind: SegmentKind
        public var tag: Tag?
        public var attribution: Attribution?
        public var hedges: [Hedge]
        public var rules: [String]
        /// Block (paragraph) index.
        public var block: Int
        /// The reason of a `<!-- sourced-ignore-next: reason -->` comment silencing this
        /// segment (as `check` does); nil when it is not suppressed.
        public var suppressed: String? = nil
    }

    public let path: String
    public let bytes: Int
    public let segments: [Segment]
    public let counts: TagCounts
    public let warnings: [String]
    public let lines: LineIndex
    /// Score, measures, ledger and claims; nil when the caller did not compute them.
    public var summary: SourcingSummary?

    public init(_ analysis: DocumentAnalysis) {
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
    public init(_ analysis: DocumentAnalysis, summary: SourcingSummary) {
        self.init(analysis)
        self.summary = summary
    }

    /// Body sentences only.
    public var sentences: [Segment] { segments.filter { $0.kind == .sentence } }
}
