/// One result of `sourced check`, located in an article. Lines are 1-based; columns are
/// 1-based UTF-16 code units and `endColumn` is exclusive (as SARIF and GitHub expect).
public struct Finding: Sendable, Equatable {
    public var rule: FindingRule
    public var message: String
    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// Stable across runs (never includes the line): the baseline key and SARIF fingerprint.
    public var fingerprint: String
    /// The article's score, used to rank findings (worst articles first).
    public var score: Double?

    public init(
        rule: FindingRule, message: String, path: String, line: Int = 1, column: Int = 1,
        endLine: Int = 1, endColumn: Int = 1, fingerprint: String, score: Double?
    ) {
        self.rule = rule
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.fingerprint = fingerprint
        self.score = score
    }

    public var level: FindingLevel { rule.level }

    /// Errors first, then the worst-scored articles, then path and position.
    public static func ranked(_ findings: [Finding]) -> [Finding] {
        findings.sorted { lhs, rhs in
            if lhs.level != rhs.level { return lhs.level < rhs.level }
            if lhs.score != rhs.score { return (lhs.score ?? 101) < (rhs.score ?? 101) }
            return (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
        }
    }
}
