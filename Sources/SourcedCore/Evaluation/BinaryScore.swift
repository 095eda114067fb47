/// Counts and figures of a yes/no label (`attributed`, `speculative`).
package struct BinaryScore: Sendable, Codable, Equatable {
    package private(set) var truePositives = 0
    package private(set) var falsePositives = 0
    package private(set) var falseNegatives = 0
    package private(set) var trueNegatives = 0

    package init() {}

    /// Counts one line.
    package mutating func add(gold: Bool, predicted: Bool) {
        switch (gold, predicted) {
        case (true, true): truePositives += 1
        case (false, true): falsePositives += 1
        case (true, false): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    package var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
    package var accuracy: Double { ClassScore.ratio(truePositives + trueNegatives, total) }

    /// The `true` class.
    package var positive: ClassScore {
        ClassScore(truePositives: truePositives, falsePositives: falsePositives, falseNegatives: falseNegatives)
    }

    /// The `false` class.
    package var negative: ClassScore {
        ClassScore(truePositives: trueNegatives, falsePositives: falseNegatives, falseNegatives: falsePositives)
    }

    /// The mean of both classes' F1.
    package var macroF1: Double { (positive.f1 + negative.f1) / 2 }

    enum CodingKeys: String, CodingKey {
        case truePositives, falsePositives, falseNegatives, trueNegatives, total, accuracy, positive, negative, macroF1
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(truePositives, forKey: .truePositives)
        try container.encode(falsePositives, forKey: .falsePositives)
        try container.encode(falseNegatives, forKey: .falseNegatives)
        try container.encode(trueNegatives, forKey: .trueNegatives)
        try container.encode(total, forKey: .total)
        try container.encode(accuracy, forKey: .accuracy)
        try container.encode(positive, forKey: .positive)
        try container.encode(negative, forKey: .negative)
        try container.encode(macroF1, forKey: .macroF1)
    }

    package init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try container.decode(Int.self, forKey: .truePositives)
        falsePositives = try container.decode(Int.self, forKey: .falsePositives)
        falseNegatives = try container.decode(Int.self, forKey: .falseNegatives)
        trueNegatives = try container.decode(Int.self, forKey: .trueNegatives)
    }
}
