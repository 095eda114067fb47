/// YAML front matter between `---` lines at the top of a Markdown file.
struct FrontMatter: Equatable {
    /// Offset just past the closing line.
    var end: Int
    /// Lines it takes, to shift the Markdown parser's line numbers.
    var lines: Int
    /// The `title:` value in the source, without quotes.
    var title: ByteSpan?

    static func parse(_ source: [UInt8]) -> FrontMatter? {
        var lines: [(content: ByteSpan, next: Int)] = []
        var start = 0
        while start < source.count {
            var end = start
            while end < source.count, source[end] != 0x0A, source[end] != 0x0D { end += 1 }
            var next = end
            if next < source.count {
                let crlf = source[next] == 0x0D && next + 1 < source.count && source[next + 1] == 0x0A
                next += crlf ? 2 : 1
            }
            let content = ByteSpan(start, end)
            lines.append((content, next))
            start = next
            if lines.count == 1, !isFence(content, in: source, closing: false) { return nil }
            if lines.count > 1, isFence(content, in: source, closing: true) {
                let title = lines.dropFirst().dropLast().lazy.compactMap { titleValue($0.content, in: source) }.first
                return FrontMatter(end: next, lines: lines.count, title: title)
            }
        }
        return nil
    }

    private static func isFence(_ span: ByteSpan, in source: [UInt8], closing: Bool) -> Bool {
        var end = span.end
        while end > span.start, source[end - 1] == 0x20 || source[end - 1] == 0x09 { end -= 1 }
        let line = source[span.start..<end]
        return line.elementsEqual([0x2D, 0x2D, 0x2D]) || (closing && line.elementsEqual([0x2E, 0x2E, 0x2E]))
    }

    /// The value of a top-level `title:` line.
    private static func titleValue(_ span: ByteSpan, in source: [UInt8]) -> ByteSpan? {
        let key = Array("title:".utf8)
        guard span.count > key.count, source[span.start..<span.start + key.count].elementsEqual(key) else { return nil }
        guard var value = PlainTextReader.trim(ByteSpan(span.start + key.count, span.end), in: source) else {
            return nil
        }
        let first = source[value.start]
        let last = source[value.end - 1]
        if value.count >= 2, first == last, first == 0x22 || first == 0x27 {
            value = ByteSpan(value.start + 1, value.end - 1)
        }
        return value.isEmpty ? nil : value
    }
}
