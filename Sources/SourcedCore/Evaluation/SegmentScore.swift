/// Agreement between gold segment kinds and the tool's segment kinds.
package struct SegmentScore: Sendable, Codable, Equatable {
    /// `counts[gold][predicted]`; the predicted key is a `SegmentKind` raw value or `none`
    /// when no tool segment overlaps the gold span.
    package private(set) var counts: [String: [String: Int]] = [:]
    package private(set) var total = 0
    package private(set) var agreed = 0

    package init() {}

    /// Counts one article-aligned line.
    package mutating func add(gold: GoldSegment, predicted: SegmentKind?) {
        counts[gold.rawValue, default: [:]][predicted?.rawValue ?? "none", default: 0] += 1
        total += 1
        if predicted == gold.segmentKind { agreed += 1 }
    }

    package var agreement: Double { ClassScore.ratio(agreed, total) }
}
