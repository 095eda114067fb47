/// What a segment is: only sentences are tagged and scored.
package enum SegmentKind: String, Sendable, Codable, CaseIterable {
    case title, heading, boilerplate, sentence
}

/// A scored or unscored piece of the article, in analysis-text bytes.
package struct Segment: Sendable, Equatable {
    package var span: ByteSpan
    package var kind: SegmentKind
    /// Index of the block (paragraph) the segment belongs to.
    package var block: Int
    /// The rule that made this segment boilerplate, if one did.
    package var rule: String?

    package init(span: ByteSpan, kind: SegmentKind, block: Int, rule: String? = nil) {
        self.span = span
        self.kind = kind
        self.block = block
        self.rule = rule
    }
}
