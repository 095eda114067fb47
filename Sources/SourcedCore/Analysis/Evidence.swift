/// Ties a sentence to a source: the cue, the source span and its kind.
package struct Attribution: Sendable, Equatable {
    package var cue: ByteSpan
    /// Nil when no source span exists ("It is said that …").
    package var source: ByteSpan?
    package var kind: SourceKind?
    package var rule: String
    /// For a pronoun source or a quote continuation: the named source it refers to.
    package var antecedent: ByteSpan?

    package init(cue: ByteSpan, source: ByteSpan?, kind: SourceKind?, rule: String, antecedent: ByteSpan? = nil) {
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
    package var speaker: ByteSpan? { antecedent ?? source }
}

/// Hedged wording in a sentence.
package struct Hedge: Sendable, Equatable {
    package var span: ByteSpan
    package var rule: String

    package init(span: ByteSpan, rule: String) {
        self.span = span
        self.rule = rule
    }
}

/// A segment with its tag and evidence. Spans are in analysis-text bytes.
package struct AnalyzedSegment: Sendable {
    package var segment: Segment
    /// Nil for titles, headings and boilerplate.
    package var tag: Tag?
    package var attribution: Attribution?
    package var hedges: [Hedge]
    /// Every rule that fired on the segment, in rule-id order.
    package var rules: [String]
}

/// Segment counts per kind and sentence counts per tag.
package struct TagCounts: Sendable, Equatable {
    package var segments: [SegmentKind: Int] = [:]
    package var tags: [Tag: Int] = [:]

    package init(_ segments: [AnalyzedSegment]) {
        for segment in segments {
            self.segments[segment.segment.kind, default: 0] += 1
            if let tag = segment.tag { tags[tag, default: 0] += 1 }
        }
    }

    package var sentences: Int { segments[.sentence] ?? 0 }
    package subscript(tag: Tag) -> Int { tags[tag] ?? 0 }
}

/// The analysis of one document.
package struct DocumentAnalysis: Sendable {
    package let document: SourceDocument
    package let segments: [AnalyzedSegment]
    package let counts: TagCounts
    /// Why the article is left unscored (not English), nil when it is analysed.
    package let unscored: String?

    package init(document: SourceDocument, segments: [AnalyzedSegment], unscored: String? = nil) {
        self.document = document
        self.segments = segments
        self.unscored = unscored
        counts = TagCounts(segments)
    }
}
