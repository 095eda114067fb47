/// Agreement between gold segment kinds and the tool's segment kinds.
public struct SegmentScore: Sendable, Codable, Equatable {
    /// `counts[gold][predicted]`; the predicted key is a `SegmentKind` raw value or `none`
    /// when no tool segment overlaps the gold span.
    public private(set) var counts: [String: [String: Int]] = [:]
    public private(set) var total = 0
    public private(set) var agreed = 0

    public init() {}

    /// Counts one article-aligned line.
    public mutating func add(gold: GoldSegment, predicted: SegmentKind?) {
        counts[gold.rawValue, default: [:]][predicted?.rawValue ?? "none", default: 0] += 1
        total += 1
        if predicted == gold.segmentKind { agreed += 1 }
    }

    public var agreement: Double { ClassScore.ratio(agreed, total) }
}
