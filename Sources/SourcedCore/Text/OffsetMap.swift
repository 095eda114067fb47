/// Maps byte offsets of the analysis text back to byte offsets of the original file.
///
/// The analysis text differs from the file when the reader repairs encodings or
/// extracts text from markup. The map is a sorted list of anchors: at each anchor
/// the two offsets correspond, and between anchors the text is copied byte for byte
/// (offsets inside a replaced run clamp to the end of the original run).
package struct OffsetMap: Sendable, Equatable {
    package struct Anchor: Sendable, Equatable {
        package var text: Int
        package var original: Int
        /// Length of the copied run in the analysis text that starts here.
        package var length: Int
        /// Bytes of the file the run stands for; more than `length` when a repair
        /// shortened them (mojibake, UTF-16), 0 for text the reader inserted.
        package var originalLength: Int

        package init(text: Int, original: Int, length: Int, originalLength: Int? = nil) {
            self.text = text
            self.original = original
            self.length = length
            self.originalLength = originalLength ?? length
        }
    }

    private var anchors: [Anchor]

    /// The identity map: the analysis text is the file.
    package static let identity = OffsetMap(anchors: [])

    package init(anchors: [Anchor]) { self.anchors = anchors }

    package var isIdentity: Bool { anchors.isEmpty }

    /// The original offset of analysis offset `offset`.
    package func original(_ offset: Int) -> Int {
        guard !anchors.isEmpty else { return offset }
        if offset < anchors[0].text { return anchors[0].original }
        let anchor = anchors[anchorIndex(offset)]
        return anchor.original + min(offset - anchor.text, anchor.length)
    }

    /// The original span of an analysis span.
    package func original(_ span: ByteSpan) -> ByteSpan {
        guard !anchors.isEmpty else { return span }
        let start = original(span.start)
        return ByteSpan(start, max(start, originalEnd(span.end)))
    }

    // An end offset belongs to the run before it, so a span ending exactly where a
    // replaced run begins does not swallow that run; a span ending after the last byte
    // of a repaired run covers all of its original bytes, and never more.
    private func originalEnd(_ offset: Int) -> Int {
        guard offset > anchors[0].text else { return anchors[0].original }
        let anchor = anchors[anchorIndex(offset - 1)]
        let covered = offset - anchor.text
        return anchor.original + (covered < anchor.length ? covered : anchor.originalLength)
    }

    /// Index of the last anchor at or before analysis offset `offset`.
    private func anchorIndex(_ offset: Int) -> Int {
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].text <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

/// Builds an `OffsetMap` while the analysis text is written.
package struct OffsetMapBuilder {
    private var anchors: [OffsetMap.Anchor] = []
    private var identity = true

    package init() {}

    /// Record that `count` bytes were copied unchanged from `original` to `text`.
    package mutating func copied(text: Int, original: Int, count: Int) {
        guard count > 0 else { return }
        if text != original { identity = false }
        if let last = anchors.last, last.length == last.originalLength, last.text + last.length == text,
            last.original + last.length == original
        {
            anchors[anchors.count - 1].length += count
            anchors[anchors.count - 1].originalLength += count
        } else {
            anchors.append(.init(text: text, original: original, length: count))
        }
    }

    /// Record that the analysis bytes at `text` replace `originalCount` original bytes at `original`.
    package mutating func replaced(text: Int, textCount: Int, original: Int, originalCount: Int) {
        identity = false
        anchors.append(
            .init(text: text, original: original, length: min(textCount, originalCount), originalLength: originalCount))
    }

    package func build() -> OffsetMap { identity ? .identity : OffsetMap(anchors: anchors) }
}
