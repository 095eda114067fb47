/// Misclassified lines of one error type ("attributed: false negative",
/// "tag: attributed as unattributed"), with the first few as examples.
package struct ErrorGroup: Sendable, Codable, Equatable {
    /// One misclassified line.
    package struct Example: Sendable, Codable, Equatable {
        /// `labels-file:line`.
        package var location: String
        /// `doc@start-end` for article lines, the `id` for standalone lines.
        package var sentence: String
        package var text: String
        /// The tool's tag (nil: the line was not tagged as a sentence).
        package var predicted: Tag?
        package var rules: [String]
    }

    package var type: String
    package var count = 0
    package var examples: [Example] = []

    package init(type: String) { self.type = type }

    /// Counts `outcome` and keeps it as an example while fewer than `limit` are kept.
    mutating func add(_ outcome: LineOutcome, limit: Int) {
        count += 1
        guard examples.count < limit else { return }
        let sentence: String
        switch outcome.gold.location {
        case .article(let document, _, let span, _): sentence = "\(document)@\(span.start)-\(span.end)"
        case .standalone(let id, _): sentence = id
        }
        examples.append(
            Example(
                location: "\(outcome.gold.file):\(outcome.gold.line)", sentence: sentence,
                text: outcome.text, predicted: outcome.tag, rules: outcome.rules))
    }
}
