/// A half-open range of UTF-8 byte offsets.
///
/// Spans are bytes, not characters, because pcre2's ovector and the corpus labels
/// are bytes; lines and columns are derived only for display.
public struct ByteSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) { self.init(range.lowerBound, range.upperBound) }

    public var count: Int { end - start }
    public var isEmpty: Bool { end <= start }
    public var range: Range<Int> { start..<end }

    public func contains(_ other: ByteSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: ByteSpan) -> Bool { start < other.end && other.start < end }
    public func overlap(with other: ByteSpan) -> Int { max(0, min(end, other.end) - max(start, other.start)) }
    public func shifted(by delta: Int) -> ByteSpan { ByteSpan(start + delta, end + delta) }

    public static func < (lhs: ByteSpan, rhs: ByteSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
