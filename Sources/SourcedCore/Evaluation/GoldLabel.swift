/// The segment kind a gold line gives an article span.
public enum GoldSegment: String, Sendable, Codable, CaseIterable {
    case title, heading, boilerplate, body

    /// The tool's segment kind that agrees with this gold kind.
    public var segmentKind: SegmentKind {
        switch self {
        case .title: return .title
        case .heading: return .heading
        case .boilerplate: return .boilerplate
        case .body: return .sentence
        }
    }
}

/// One line of a gold labels file: where the sentence is and what humans said about it.
///
/// A line is either article-aligned (a byte span of a document) or standalone (its own text).
/// Each label is optional; only the labels present are scored.
public struct GoldLabel: Sendable {
    /// Where the labelled sentence lives.
    public enum Location: Sendable, Equatable {
        /// `document` as written in the file, `path` resolved against the labels file's folder,
        /// `span` in UTF-8 bytes of the original file.
        case article(document: String, path: String, span: ByteSpan, segment: GoldSegment)
        case standalone(id: String, text: String)
    }

    /// The labels file, as given.
    public var file: String
    /// 1-based line number in `file`.
    public var line: Int
    public var location: Location
    public var tag: Tag?
    /// Other tags that are acceptable for the sentence.
    public var also: [Tag]
    public var attributed: Bool?
    public var speculative: Bool?

    public init(
        file: String, line: Int, location: Location, tag: Tag? = nil, also: [Tag] = [],
        attributed: Bool? = nil, speculative: Bool? = nil
    ) {
        self.file = file
        self.line = line
        self.location = location
        self.tag = tag
        self.also = also
        self.attributed = attributed
        self.speculative = speculative
    }

    /// Whether the labels are scored: body sentences and standalone sentences only.
    public var isScored: Bool {
        if case .article(_, _, _, let segment) = location { return segment == .body }
        return true
    }

    /// Whether `tag` is the gold tag or one of its acceptable alternatives.
    public func accepts(_ tag: Tag) -> Bool { tag == self.tag || also.contains(tag) }
}
