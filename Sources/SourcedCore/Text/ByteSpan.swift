/// A half-open range of UTF-8 byte offsets.
///
/// Spans are bytes, not characters, because pcre2's ovector and the corpus labels
/// are bytes; lines and columns are derived only for display.
package struct ByteSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package var start: Int
    package var end: Int

    package init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    package init(_ range: Range<Int>) { self.init(range.lowerBound, range.upperBound) }

    package var count: Int { end - start }
    package var isEmpty: Bool { end <= start }
    package var range: Range<Int> { start..<end }

    package func contains(_ other: ByteSpan) -> Bool { start <= other.start && other.end <= end }
    package func overlaps(_ other: ByteSpan) -> Bool { start < other.end && other.start < end }
    package func overlap(with other: ByteSpan) -> Int { max(0, min(end, other.end) - max(start, other.start)) }
    package func shifted(by delta: Int) -> ByteSpan { ByteSpan(start + delta, end + delta) }

    package static func < (lhs: ByteSpan, rhs: ByteSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    package var description: String { "\(start)..<\(end)" }
}
