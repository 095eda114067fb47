/// Writes the analysis text of a markup file: blocks separated by a blank line, every
/// byte mapped back to the file.
struct BlockWriter {
    /// Maps decoded source offsets (what the parser saw) to file offsets.
    private let sourceMap: OffsetMap
    private(set) var text: [UInt8] = []
    private(set) var blocks: [Block] = []
    private var builder = OffsetMapBuilder()
    private var pending: [UInt8] = []
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var lastOriginalEnd = 0
    /// Applies to the next block written.
    var suppression: String?
    /// Above zero while the reader is inside a link.
    var linkDepth = 0
    private var linkedLetters = 0
    private var otherLetters = 0

    init(sourceMap: OffsetMap) { self.sourceMap = sourceMap }

    /// Adds text to the current block; byte `i` came from `starts[i]..<ends[i]` of the
    /// decoded source.
    mutating func append(_ bytes: [UInt8], from source: (starts: [Int], ends: [Int])) {
        let letters = bytes.reduce(0) { $0 + (Self.isWordByte($1) ? 1 : 0) }
        if linkDepth > 0 { linkedLetters += letters } else { otherLetters += letters }
        pending += bytes
        starts += source.starts
        ends += source.ends
    }

    /// Adds text copied byte for byte from `span` of the decoded source.
    mutating func append(_ bytes: [UInt8], copiedFrom span: ByteSpan) {
        append(bytes, from: (Array(span.range), Array(span.start + 1..<span.end + 1)))
    }

    /// Adds a space (a line break inside a block) located at `position`.
    mutating func appendSpace(at position: Int) {
        pending.append(0x20)
        starts.append(position)
        ends.append(position)
    }

    /// The text of the current block so far, whitespace collapsed.
    var pendingText: [UInt8] { normalized().bytes }

    mutating func discard() {
        linkedLetters = 0
        otherLetters = 0
        pending.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    /// Ends the current block; nothing is written if it holds only whitespace. A paragraph or
    /// heading that is nothing but links is navigation or a promotion, so it becomes boilerplate.
    @discardableResult
    mutating func finishBlock(_ hint: BlockHint) -> Bool {
        let linksOnly = linkedLetters > 0 && otherLetters == 0
        // A heading that is only a link heads another story.
        let hint = (hint == .paragraph || hint == .heading) && linksOnly ? .boilerplate : hint
        let (bytes, spans) = normalized()
        discard()
        guard !bytes.isEmpty else { return false }
        if !text.isEmpty {
            // The separator has no source: it maps to the end of the previous block.
            builder.replaced(text: text.count, textCount: 2, original: lastOriginalEnd, originalCount: 0)
            text += [0x0A, 0x0A]
        }
        let start = text.count
        for (byte, span) in zip(bytes, spans) {
            let original = sourceMap.original(span)
            if original.count == 1 {
                builder.copied(text: text.count, original: original.start, count: 1)
            } else {
                builder.replaced(text: text.count, textCount: 1, original: original.start, originalCount: original.count)
            }
            text.append(byte)
            lastOriginalEnd = original.end
        }
        blocks.append(Block(span: ByteSpan(start, text.count), hint: hint, suppression: suppression))
        suppression = nil
        return true
    }

    func document(path: String, original: [UInt8], warnings: [String]) -> SourceDocument {
        SourceDocument(
            path: path, original: original, text: text, map: builder.build(), blocks: blocks, warnings: warnings)
    }

    /// Letters, digits and any non-ASCII byte: what makes a block more than punctuation.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (0x30...0x39).contains(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Pending bytes with whitespace runs (also non-breaking spaces) as one space, trimmed,
    /// each with the decoded source span it came from.
    private func normalized() -> (bytes: [UInt8], spans: [ByteSpan]) {
        var bytes: [UInt8] = []
        var spans: [ByteSpan] = []
        bytes.reserveCapacity(pending.count)
        spans.reserveCapacity(pending.count)
        var space: ByteSpan?
        var index = 0
        while index < pending.count {
            let byte = pending[index]
            let width = byte == 0xC2 && index + 1 < pending.count && pending[index + 1] == 0xA0 ? 2 : 1
            if width == 2 || SourceAligner.isSpace(byte) {
                if space == nil { space = ByteSpan(starts[index], ends[index + width - 1]) }
                index += width
                continue
            }
            if let span = space, !bytes.isEmpty {
                bytes.append(0x20)
                spans.append(span)
            }
            space = nil
            bytes.append(byte)
            spans.append(ByteSpan(starts[index], ends[index]))
            index += 1
        }
        return (bytes, spans)
    }
}
