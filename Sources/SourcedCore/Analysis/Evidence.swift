/// Ties a sentence to a source: the cue, the source span and its kind.
public struct Attribution: Sendable, Equatable {
    public var cue: ByteSpan
    /// Nil when no source span exists ("It is said that …").
    public var source: ByteSpan?
    public var kind: SourceKind?
    public var rule: String
    /// For a pronoun source or a quote continuation: the named source it refers to.
    public var antecedent: ByteSpan?

    public init(cue: ByteSpan, source: ByteSpan?, kind: SourceKind?, rule: String, antecedent: ByteSpan? = nil) {
        self.cue = cue
        self.source = source
        self.kind = kind
        self.rule = rule
        self.antecedent = antecedent
    }

    /// Higher is a stronger source; used to pick the attribution that decides the tag.
    var rank: Int {
        switch kind {
        case .named: return 5
        case .document: return 4
        case .anonymous: return 3
        case .pronoun: return 3
        case .vague: return 1
        case .auto, nil: return 0
        }
    }

    /// The span that names who is speaking: the antecedent of a pronoun, else the source.
    public var speaker: ByteSpan? { antecedent ?? source }
}

/// Hedged wording in a sentence.
public struct Hedge: Sendable, Equatable {
    public var span: ByteSpan
    public var rule: String

    public init(span: ByteSpan, rule: String) {
        self.span = span
        self.rule = rule
    }
}

/// A segment with its tag and evidence. Spans are in analysis-text bytes.
public struct AnalyzedSegment: Sendable {
    public var segment: Segment
    /// Nil for titles, headings and boilerplate.
    public var tag: Tag?
    public var attribution: Attribution?
    public var hedges: [Hedge]
    /// Every rule that fired on the segment, in rule-id order.
    public var rules: [String]
}

/// Segment counts per kind and sentence counts per tag.
public struct TagCounts: Sendable, Equatable {
    public var segments: [SegmentKind: Int] = [:]
    public var tags: [Tag: Int] = [:]

    public init(_ segments: [AnalyzedSegment]) {
        for segment in segments {
            self.segments[segment.segment.kind, default: 0] += 1
            if let tag = segment.tag { tags[tag, default: 0] += 1 }
        }
    }

    public var sentences: Int { segments[.sentence] ?? 0 }
    public subscript(tag: Tag) -> Int { tags[tag] ?? 0 }
}

/// The analysis of one document.
public struct DocumentAnalysis: Sendable {
    public let document: SourceDocument
    public let segments: [AnalyzedSegment]
    public let counts: TagCounts

    public init(document: SourceDocument, segments: [AnalyzedSegment]) {
        self.document = document
        self.segments = segments
        counts = TagCounts(segments)
    }
}
