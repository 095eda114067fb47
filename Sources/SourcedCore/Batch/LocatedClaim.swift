/// An unattributed body sentence, located for CI reports. Lines are 1-based, columns are
/// 1-based UTF-16 code units (SARIF, GitHub); the end column is exclusive.
package struct LocatedClaim: Sendable, Equatable {
    package var text: String
    /// Byte range in the original file.
    package var start: Int
    package var end: Int
    package var line: Int
    package var column: Int
    package var endLine: Int
    package var endColumn: Int
    /// Stable across runs: path, normalised text and occurrence, never the line.
    package var fingerprint: String
    /// The reason given by a `sourced-ignore-next` comment covering this sentence.
    package var suppression: String?

    package init(
        text: String, start: Int, end: Int, line: Int, column: Int, endLine: Int, endColumn: Int,
        fingerprint: String, suppression: String? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.fingerprint = fingerprint
        self.suppression = suppression
    }
}
