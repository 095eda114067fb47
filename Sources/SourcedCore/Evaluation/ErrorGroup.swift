/// Misclassified lines of one error type ("attributed: false negative",
/// "tag: attributed as unattributed"), with the first few as examples.
public struct ErrorGroup: Sendable, Codable, Equatable {
    /// One misclassified line.
    public struct Example: Sendable, Codable, Equatable {
        /// `labels-file:line`.
        public var location: String
        /// `doc@start-end` for article lines, the `id` for standalone lines.
        public var sentence: String
        public var text: String
        /// The tool's tag (nil: the line was not tagged as a sentence).
        public var predicted: Tag?
        public var rules: [String]
    }

    public var type: String
    public var count = 0
    public var examples: [Example] = []

    public init(type: String) { self.type = type }

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
