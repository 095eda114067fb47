/// Writes the analysis text of a markup file: blocks separated by a blank line, every
/// byte mapped back to the file.
struct BlockWriter {
    /// Maps decoded source offsets (what the parser saw) to file offsets.
    private let sourceMap: OffsetMap
    private(set) var text: [UInt8] = []
    private(set) var blocks: [Block] = []
    private var builder = OffsetMapBuilder()
    private var pending: [UInt8] = []
    private var positions: [Int] = []
    private var lastOriginalEnd = 0
    /// Applies to the next block written.
    var suppression: String?

    init(sourceMap: OffsetMap) { self.sourceMap = sourceMap }

    /// Adds text to the current block; `positions` are its bytes' decoded source offsets.
    mutating func append(_ bytes: [UInt8], positions: [Int]) {
        pending += bytes
        self.positions += positions
    }

    /// Adds a space (a line break inside a block) located at `position`.
    mutating func appendSpace(at position: Int) {
        pending.append(0x20)
        positions.append(position)
    }

    /// The text of the current block so far, whitespace collapsed.
    var pendingText: [UInt8] { normalized().bytes }

    mutating func discard() {
        pending.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
    }

    /// Ends the current block; nothing is written if it holds only whitespace.
    @discardableResult
    mutating func finishBlock(_ hint: BlockHint) -> Bool {
        let (bytes, offsets) = normalized()
        discard()
        guard !bytes.isEmpty else { return false }
        if !text.isEmpty {
            // The separator has no source: it maps to the end of the previous block.
            builder.replaced(text: text.count, textCount: 2, original: lastOriginalEnd, originalCount: 0)
            text += [0x0A, 0x0A]
        }
        let start = text.count
        for (byte, offset) in zip(bytes, offsets) {
            let original = sourceMap.original(offset)
            builder.copied(text: text.count, original: original, count: 1)
            text.append(byte)
            lastOriginalEnd = original + 1
        }
        blocks.append(Block(span: ByteSpan(start, text.count), hint: hint, suppression: suppression))
        suppression = nil
        return true
    }

    func document(path: String, original: [UInt8], warnings: [String]) -> SourceDocument {
        SourceDocument(
            path: path, original: original, text: text, map: builder.build(), blocks: blocks, warnings: warnings)
    }

    /// Pending bytes with whitespace runs (also non-breaking spaces) as one space, trimmed.
    private func normalized() -> (bytes: [UInt8], offsets: [Int]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        bytes.reserveCapacity(pending.count)
        offsets.reserveCapacity(pending.count)
        var space: Int?
        var index = 0
        while index < pending.count {
            let byte = pending[index]
            let width = byte == 0xC2 && index + 1 < pending.count && pending[index + 1] == 0xA0 ? 2 : 1
            if width == 2 || SourceAligner.isSpace(byte) {
                if space == nil { space = positions[index] }
                index += width
                continue
            }
            if let position = space, !bytes.isEmpty {
                bytes.append(0x20)
                offsets.append(position)
            }
            space = nil
            bytes.append(byte)
            offsets.append(positions[index])
            index += 1
        }
        return (bytes, offsets)
    }
}
