/// Aligns gold sentence spans to the tool's segments by byte overlap.
///
/// Segmentations differ (the annotators' splitter is not ours), so equal offsets are not
/// required: each gold span takes the segment it shares the most bytes with.
package enum SegmentAligner {
    /// For each gold span, the index of the segment with the largest overlap (the earlier one
    /// on a tie), or nil when none overlaps. `segments` must be sorted and not overlap each
    /// other; all spans are in the same offsets (original-file bytes).
    package static func align(_ gold: [ByteSpan], to segments: [ByteSpan]) -> [Int?] {
        gold.map { best(for: $0, in: segments) }
    }

    private static func best(for span: ByteSpan, in segments: [ByteSpan]) -> Int? {
        var index = firstEnding(after: span.start, in: segments)
        var best: Int?
        var bestOverlap = 0
        while index < segments.count, segments[index].start < span.end {
            let overlap = segments[index].overlap(with: span)
            if overlap > bestOverlap {
                best = index
                bestOverlap = overlap
            }
            index += 1
        }
        return best
    }

    /// The first segment whose end lies after `offset` (binary search on sorted ends).
    private static func firstEnding(after offset: Int, in segments: [ByteSpan]) -> Int {
        var low = 0
        var high = segments.count
        while low < high {
            let mid = (low + high) / 2
            if segments[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
