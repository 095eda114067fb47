/// An unattributed body sentence, located for CI reports. Lines are 1-based, columns are
/// 1-based UTF-16 code units (SARIF, GitHub); the end column is exclusive.
public struct LocatedClaim: Sendable, Equatable {
    public var text: String
    /// Byte range in the original file.
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// Stable across runs: path, normalised text and occurrence, never the line.
    public var fingerprint: String
    /// The reason given by a `sourced-ignore-next` comment covering this sentence.
    public var suppression: String?

    public init(
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
