/// The segment kind a gold line gives an article span.
package enum GoldSegment: String, Sendable, Codable, CaseIterable {
    case title, heading, boilerplate, body

    /// The tool's segment kind that agrees with this gold kind.
    package var segmentKind: SegmentKind {
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
package struct GoldLabel: Sendable {
    /// Where the labelled sentence lives.
    package enum Location: Sendable, Equatable {
        /// `document` as written in the file, `path` resolved against the labels file's folder,
        /// `span` in UTF-8 bytes of the original file.
        case article(document: String, path: String, span: ByteSpan, segment: GoldSegment)
        case standalone(id: String, text: String)
    }

    /// The labels file, as given.
    package var file: String
    /// 1-based line number in `file`.
    package var line: Int
    package var location: Location
    package var tag: Tag?
    /// Other tags that are acceptable for the sentence.
    package var also: [Tag]
    package var attributed: Bool?
    package var speculative: Bool?

    package init(
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
    package var isScored: Bool {
        if case .article(_, _, _, let segment) = location { return segment == .body }
        return true
    }

    /// Whether `tag` is the gold tag or one of its acceptable alternatives.
    package func accepts(_ tag: Tag) -> Bool { tag == self.tag || also.contains(tag) }
}
