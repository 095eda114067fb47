/// One parsed `.sourced.yml`. Paths inside it (rule folders) are resolved against its folder;
/// globs (overrides, excludes) match paths relative to its folder.
public struct ConfigFile: Sendable, Equatable {
    /// Thresholds for the files matching `files`, over the top-level ones.
    public struct Override: Sendable, Equatable {
        public var files: [Glob]
        public var thresholds: Thresholds
    }

    public static let name = ".sourced.yml"

    public var path: String
    public var thresholds = Thresholds()
    public var overrides: [Override] = []
    public var extraRules: [Setting<String>] = []
    public var disabledRules: [Setting<String>] = []
    public var exclude: [Setting<String>] = []
    /// Score weights by source-kind key (`ScoreWeights.keys`), over the rule pack's `scoring.yml`.
    public var weights: [String: Setting<Double>] = [:]

    public init(path: String) { self.path = path }

    /// The folder holding the file, which relative paths and globs refer to.
    public var directory: String {
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return parent.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : parent
    }
}
