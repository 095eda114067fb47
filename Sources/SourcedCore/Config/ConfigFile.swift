/// One parsed `.sourced.yml`. Paths inside it (rule folders) are resolved against its folder;
/// globs (overrides, excludes) match paths relative to its folder.
package struct ConfigFile: Sendable, Equatable {
    /// Thresholds for the files matching `files`, over the top-level ones.
    package struct Override: Sendable, Equatable {
        package var files: [Glob]
        package var thresholds: Thresholds
    }

    package static let name = ".sourced.yml"

    package var path: String
    package var thresholds = Thresholds()
    package var overrides: [Override] = []
    package var extraRules: [Setting<String>] = []
    package var disabledRules: [Setting<String>] = []
    package var exclude: [Setting<String>] = []
    /// Score weights by source-kind key (`ScoreWeights.keys`), over the rule pack's `scoring.yml`.
    package var weights: [String: Setting<Double>] = [:]

    package init(path: String) { self.path = path }

    /// The folder holding the file, which relative paths and globs refer to.
    package var directory: String {
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return parent.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : parent
    }
}
