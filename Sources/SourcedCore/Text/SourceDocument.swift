/// What a reader knows about a block of text before segmentation.
package enum BlockHint: String, Sendable, Equatable {
    /// Plain text: the segmenter decides from layout and the boilerplate rules.
    case auto
    case title
    case heading
    case paragraph
    case boilerplate
}

/// A paragraph-level block of the analysis text.
package struct Block: Sendable, Equatable {
    package var span: ByteSpan
    package var hint: BlockHint
    /// The reason of a `<!-- sourced-ignore-next: reason -->` comment just before the
    /// block in a Markdown or HTML file; the block is not scored when set.
    package var suppression: String?

    package init(span: ByteSpan, hint: BlockHint = .auto, suppression: String? = nil) {
        self.span = span
        self.hint = hint
        self.suppression = suppression
    }
}

/// An article ready for analysis: the original bytes, the analysis text and the
/// blocks found by the reader.
///
/// `text` is always valid UTF-8. Spans found in it are mapped back to `original`
/// through `map` before they are shown or written.
package struct SourceDocument: Sendable {
    /// The path as the user gave it (`-` for standard input).
    package let path: String
    package let original: [UInt8]
    package let text: [UInt8]
    package let map: OffsetMap
    package let blocks: [Block]
    /// Repairs and decisions the reader made, one line each.
    package let warnings: [String]
    /// False for body-only text (`--no-title`): the first paragraph is never the headline.
    package var mayHaveTitle = true

    package init(
        path: String, original: [UInt8], text: [UInt8], map: OffsetMap, blocks: [Block],
        warnings: [String] = []
    ) {
        self.path = path
        self.original = original
        self.text = text
        self.map = map
        self.blocks = blocks
        self.warnings = warnings
    }

    /// The analysis text of a span as a `String` (for output only).
    package func string(_ span: ByteSpan) -> String {
        String(decoding: text[span.start..<span.end], as: UTF8.self)
    }
}
