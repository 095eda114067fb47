/// What a segment is: only sentences are tagged and scored.
public enum SegmentKind: String, Sendable, Codable, CaseIterable {
    case title, heading, boilerplate, sentence
}

/// A scored or unscored piece of the article, in analysis-text bytes.
public struct Segment: Sendable, Equatable {
    public var span: ByteSpan
    public var kind: SegmentKind
    /// Index of the block (paragraph) the segment belongs to.
    public var block: Int
    /// The rule that made this segment boilerplate, if one did.
    public var rule: String?

    public init(span: ByteSpan, kind: SegmentKind, block: Int, rule: String? = nil) {
        self.span = span
        self.kind = kind
        self.block = block
        self.rule = rule
    }
}
