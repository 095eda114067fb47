/// One result of `sourced check`, located in an article. Lines are 1-based; columns are
/// 1-based UTF-16 code units and `endColumn` is exclusive (as SARIF and GitHub expect).
package struct Finding: Sendable, Equatable {
    package var rule: FindingRule
    package var message: String
    package var path: String
    package var line: Int
    package var column: Int
    package var endLine: Int
    package var endColumn: Int
    /// Stable across runs (never includes the line): the baseline key and SARIF fingerprint.
    package var fingerprint: String
    /// The article's score, used to rank findings (worst articles first).
    package var score: Double?

    package init(
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

    package var level: FindingLevel { rule.level }

    /// Errors first, then the worst-scored articles, then path and position.
    package static func ranked(_ findings: [Finding]) -> [Finding] {
        findings.sorted { lhs, rhs in
            if lhs.level != rhs.level { return lhs.level < rhs.level }
            if lhs.score != rhs.score { return (lhs.score ?? 101) < (rhs.score ?? 101) }
            return (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
        }
    }
}
