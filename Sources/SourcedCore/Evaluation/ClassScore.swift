/// Precision, recall and F1 of one class; 0 where a ratio has no denominator.
package struct ClassScore: Sendable, Codable, Equatable {
    package var precision: Double
    package var recall: Double
    package var f1: Double
    /// Gold lines of the class.
    package var support: Int

    package init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
        precision = Self.ratio(truePositives, truePositives + falsePositives)
        recall = Self.ratio(truePositives, truePositives + falseNegatives)
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        support = truePositives + falseNegatives
    }

    static func ratio(_ part: Int, _ whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }
}
