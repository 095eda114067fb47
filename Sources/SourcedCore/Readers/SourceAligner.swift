/// Finds where text a parser extracted (entities decoded, escapes and markup removed)
/// lies in the markup it came from, byte by byte.
///
/// Parsers give lines at best, so the aligner walks the source from a cursor that only
/// moves forward: bytes that match are exact, an entity or escape maps to its start,
/// and markup between runs is skipped by searching ahead.
struct SourceAligner {
    enum Syntax { case markdown, html }

    let source: [UInt8]
    let syntax: Syntax
    /// Offsets where lines start (LF, CRLF and lone CR all end a line).
    let lineStarts: [Int]
    private(set) var cursor = 0

    init(source: [UInt8], syntax: Syntax) {
        self.source = source
        self.syntax = syntax
        var starts = [0]
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == 0x0D, index + 1 < source.count, source[index + 1] == 0x0A { index += 1 }
            if byte == 0x0A || byte == 0x0D { starts.append(index + 1) }
            index += 1
        }
        lineStarts = starts
    }

    /// Offset where 1-based `line` starts (the end of the source past the last line).
    func start(ofLine line: Int) -> Int {
        guard line >= 1 else { return 0 }
        return line <= lineStarts.count ? lineStarts[line - 1] : source.count
    }

    /// Moves the cursor forward to `offset` (never back).
    mutating func advance(to offset: Int) { cursor = max(cursor, min(offset, source.count)) }

    /// Where each byte of `run` came from: `starts[i]..<ends[i]` in the source (an empty
    /// range for text the source does not spell out). Searches no further than `limit`.
    mutating func align(_ run: [UInt8], limit: Int? = nil) -> (starts: [Int], ends: [Int]) {
        let limit = min(limit ?? source.count, source.count)
        var starts = [Int](repeating: 0, count: run.count)
        var ends = [Int](repeating: 0, count: run.count)
        func place(_ index: Int, _ start: Int, _ end: Int) {
            starts[index] = start
            ends[index] = end
        }
        var index = 0
        var misses = 0
        while index < run.count {
            let byte = run[index]
            guard cursor < limit, misses < 3 else {
                let position = min(cursor, limit)
                place(index, position, position)
                index += 1
                continue
            }
            let here = source[cursor]
            if here == 0x26, let length = entityLength(at: cursor, limit: limit),
                !run[index...].starts(with: source[cursor..<cursor + length])
            {
                // A decoded character reference: its last byte ends where the reference ends.
                let width = max(1, min(Self.scalarWidth(byte), run.count - index))
                for offset in 0..<width {
                    let start = cursor + min(offset, length - 1)
                    place(index + offset, start, offset == width - 1 ? cursor + length : start + 1)
                }
                index += width
                cursor += length
            } else if here == byte || (Self.isSpace(here) && Self.isSpace(byte)) {
                place(index, cursor, cursor + 1)
                index += 1
                cursor += 1
            } else if syntax == .markdown, here == 0x5C, cursor + 1 < limit, source[cursor + 1] == byte {
                cursor += 1  // a backslash escape
            } else if index > 0, Self.isSpace(here) {
                cursor += 1  // the parser dropped this whitespace (a CR of CRLF, indentation)
            } else if index > 0, Self.isSpace(byte) {
                place(index, cursor, cursor)
                index += 1
            } else if let found = search(run, from: index, limit: limit), found > cursor {
                cursor = found
            } else {
                misses += 1
                place(index, cursor, cursor)
                index += 1
            }
        }
        return (starts, ends)
    }

    /// After a Markdown link's text: skips `](destination "title")` or `][label]`.
    mutating func skipLinkTail(limit: Int) {
        let limit = min(limit, source.count)
        guard cursor < limit, source[cursor] == 0x5D else { return }
        cursor += 1
        guard cursor < limit, source[cursor] == 0x28 || source[cursor] == 0x5B else { return }
        let open = source[cursor]
        let close: UInt8 = open == 0x28 ? 0x29 : 0x5D
        var depth = 0
        while cursor < limit {
            let byte = source[cursor]
            cursor += 1
            if byte == open {
                depth += 1
            } else if byte == close {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }

    /// Where `run[index...]` starts at or after the cursor, skipping HTML tags and comments.
    private func search(_ run: [UInt8], from index: Int, limit: Int) -> Int? {
        var end = index
        while end < run.count, end - index < 16, Self.isPlain(run[end]) { end += 1 }
        let width = min(Self.scalarWidth(run[index]), run.count - index)
        let needle = end > index ? Array(run[index..<end]) : Array(run[index..<index + width])
        let plain = end > index
        var position = cursor
        while position + needle.count <= limit {
            let byte = source[position]
            if syntax == .html, byte == 0x3C, let after = tagEnd(at: position, limit: limit) {
                position = after
                continue
            }
            if byte == needle[0], source[position..<position + needle.count].elementsEqual(needle) { return position }
            // Text that starts with a character markup may spell as an entity or escape.
            if !plain, byte == 0x26, entityLength(at: position, limit: limit) != nil { return position }
            if !plain, syntax == .markdown, byte == 0x5C, position + 1 < limit, source[position + 1] == needle[0] {
                return position
            }
            position += 1
        }
        return nil
    }

    /// The offset after the tag, comment or declaration starting at `offset`.
    private func tagEnd(at offset: Int, limit: Int) -> Int? {
        guard offset + 1 < limit else { return nil }
        let next = source[offset + 1]
        let isLetter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A
        guard isLetter || next == 0x2F || next == 0x21 || next == 0x3F else { return nil }
        let isComment = source[offset..<min(offset + 4, limit)].elementsEqual([0x3C, 0x21, 0x2D, 0x2D])
        var position = offset + 1
        while position < limit {
            if source[position] == 0x3E, !isComment || source[position - 2..<position].elementsEqual([0x2D, 0x2D]) {
                return position + 1
            }
            position += 1
        }
        return nil
    }

    /// Length of the character reference (`&amp;`, `&#8217;`, `&#x2019;`) at `offset`.
    private func entityLength(at offset: Int, limit: Int) -> Int? {
        var position = offset + 1
        let end = min(limit, offset + 34)
        guard position < end else { return nil }
        let numeric = source[position] == 0x23
        if numeric { position += 1 }
        let first = position
        while position < end, Self.isAlphanumeric(source[position]) { position += 1 }
        guard position > first, position < end, source[position] == 0x3B else { return nil }
        return position + 1 - offset
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Bytes no markup language spells differently: letters, digits, spaces and simple punctuation.
    private static func isPlain(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == 0x20 || byte == 0x2C || byte == 0x2E || byte == 0x3F || byte == 0x3A
            || byte == 0x3B || byte == 0x2D
    }

    /// Bytes in the UTF-8 sequence a lead byte starts.
    static func scalarWidth(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
