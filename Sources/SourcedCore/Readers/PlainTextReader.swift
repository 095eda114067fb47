/// Reads plain text: blocks are separated by blank lines.
package struct PlainTextReader: Sendable {
    package init() {}

    package func read(_ bytes: [UInt8], path: String) -> SourceDocument {
        let decoded = TextDecoder.decode(bytes)
        return SourceDocument(
            path: path, original: bytes, text: decoded.text, map: decoded.map,
            blocks: Self.blocks(in: decoded.text), warnings: decoded.warnings)
    }

    /// Blocks of `text` separated by lines holding only whitespace, trimmed.
    package static func blocks(in text: [UInt8], hint: BlockHint = .auto) -> [Block] {
        var blocks: [Block] = []
        var lineStart = 0
        var blockStart: Int?
        var blockEnd = 0
        var index = 0
        while index <= text.count {
            let atEnd = index == text.count
            if atEnd || text[index] == 0x0A || text[index] == 0x0D {
                let line = ByteSpan(lineStart, index)
                if let trimmed = trim(line, in: text) {
                    if blockStart == nil { blockStart = trimmed.start }
                    blockEnd = trimmed.end
                } else if let start = blockStart {
                    blocks.append(Block(span: ByteSpan(start, blockEnd), hint: hint))
                    blockStart = nil
                }
                // CRLF counts as one line break.
                if !atEnd, text[index] == 0x0D, index + 1 < text.count, text[index + 1] == 0x0A { index += 1 }
                lineStart = index + 1
            }
            index += 1
        }
        if let start = blockStart { blocks.append(Block(span: ByteSpan(start, blockEnd), hint: hint)) }
        return blocks
    }

    /// `span` without leading and trailing whitespace, or nil if nothing is left.
    package static func trim(_ span: ByteSpan, in text: [UInt8]) -> ByteSpan? {
        var start = span.start
        var end = span.end
        while start < end, isSpace(text, at: start) { start += spaceLength(text, at: start) }
        while end > start, isSpace(text, before: end) { end -= spaceLength(text, before: end) }
        return start < end ? ByteSpan(start, end) : nil
    }

    static func isSpace(_ text: [UInt8], at index: Int) -> Bool { spaceLength(text, at: index) > 0 }
    static func isSpace(_ text: [UInt8], before index: Int) -> Bool { spaceLength(text, before: index) > 0 }

    /// Length of the whitespace character at `index` (ASCII space, tab, CR, LF, zero-width space), or 0.
    static func spaceLength(_ text: [UInt8], at index: Int) -> Int {
        switch text[index] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
        case 0xE2
        where index + 2 < text.count && text[index + 1] == 0x80
            && (0x8B...0x8D).contains(text[index + 2]):
            return 3
        case 0xC2 where index + 1 < text.count && text[index + 1] == 0xA0: return 2
        default: return 0
        }
    }

    static func spaceLength(_ text: [UInt8], before index: Int) -> Int {
        switch text[index - 1] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
        case 0x8B...0x8D where index >= 3 && text[index - 3] == 0xE2 && text[index - 2] == 0x80: return 3
        case 0xA0 where index >= 2 && text[index - 2] == 0xC2: return 2
        default: return 0
        }
    }
}
