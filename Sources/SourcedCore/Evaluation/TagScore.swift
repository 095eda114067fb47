/// The 3-class `tag` confusion matrix and its figures.
package struct TagScore: Sendable, Codable, Equatable {
    /// `matrix[gold][predicted]`, both indexed in `Tag.allCases` order.
    package private(set) var matrix: [[Int]] = Array(repeating: Array(repeating: 0, count: Tag.allCases.count), count: Tag.allCases.count)
    /// Lines whose predicted tag differs from the gold tag but is listed in `also`.
    package private(set) var acceptedViaAlso = 0

    package init() {}

    /// Counts one line; `also` holds the gold line's acceptable alternatives.
    package mutating func add(gold: Tag, predicted: Tag, also: [Tag] = []) {
        matrix[Self.index(gold)][Self.index(predicted)] += 1
        if gold != predicted, also.contains(predicted) { acceptedViaAlso += 1 }
    }

    package func count(gold: Tag, predicted: Tag) -> Int { matrix[Self.index(gold)][Self.index(predicted)] }

    package var total: Int { matrix.joined().reduce(0, +) }
    package var correct: Int { Tag.allCases.reduce(0) { $0 + count(gold: $1, predicted: $1) } }
    /// Exact agreement with the gold tag.
    package var accuracy: Double { ClassScore.ratio(correct, total) }
    /// Agreement with the gold tag or one of its `also` alternatives.
    package var acceptedAccuracy: Double { ClassScore.ratio(correct + acceptedViaAlso, total) }

    /// Precision, recall and F1 of one tag (exact agreement).
    package func score(_ tag: Tag) -> ClassScore {
        let diagonal = count(gold: tag, predicted: tag)
        let predicted = Tag.allCases.reduce(0) { $0 + count(gold: $1, predicted: tag) }
        let gold = Tag.allCases.reduce(0) { $0 + count(gold: tag, predicted: $1) }
        return ClassScore(truePositives: diagonal, falsePositives: predicted - diagonal, falseNegatives: gold - diagonal)
    }

    private static func index(_ tag: Tag) -> Int { Tag.allCases.firstIndex(of: tag) ?? 0 }
}
