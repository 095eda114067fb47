import Foundation

/// The one way in: the rule folders of a run (the bundled pack unless left out, then the
/// user's `--rules` and config folders) and what is loaded from them, the compiled pack
/// with its data files (`scoring.yml`, `claims.yml`).
package struct PackResources: Sendable {
    /// The folders whose rules are loaded, in order.
    package let directories: [String]
    /// The bundled pack, if found; it also serves the data files with `--no-default-rules`.
    package let bundled: String?

    /// A data file that no rule folder has.
    package struct MissingDataFile: Error, LocalizedError, Equatable, Sendable {
        package let name: String
        package var errorDescription: String? {
            "\(name): not found in any rule folder (keep it at the root of Rules/ or of a --rules folder)"
        }
    }

    /// - Parameters:
    ///   - extra: the user's rule folders, loaded after the bundled pack.
    ///   - useBundled: false for `--no-default-rules`; the bundled pack is then not required.
    package init(extra: [String], useBundled: Bool, locator: ResourceLocator = ResourceLocator()) throws(ResourceLocator.NotFound) {
        if useBundled {
            let bundled = try locator.locate(.rules)
            self.bundled = bundled
            directories = [bundled] + extra
        } else {
            bundled = try? locator.locate(.rules)
            directories = extra
        }
    }

    /// The same folders plus `more` (a config's `rules.extra`).
    package func adding(_ more: [String]) -> PackResources {
        PackResources(directories: directories + more, bundled: bundled)
    }

    private init(directories: [String], bundled: String?) {
        self.directories = directories
        self.bundled = bundled
    }

    /// The data file `name` from the last folder that has one, so a newsroom's folder
    /// overrides the bundled pack.
    package func dataFile(_ name: String) throws(MissingDataFile) -> String {
        let candidates = (bundled.map { [$0] } ?? []) + directories
        for folder in candidates.reversed() {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw MissingDataFile(name: name)
    }

    /// The compiled pack without `disabled` rules.
    package func pack(disabled: Set<String> = []) throws(RuleError) -> RulePack {
        try RulePack(directories: directories, disabled: disabled)
    }

    /// The compiled pack and its score weights.
    package func ruleSet(disabled: Set<String> = []) throws -> RuleSet {
        let weightsFile = try dataFile(ScoreWeights.fileName)
        return RuleSet(
            analyzer: Analyzer(pack: try pack(disabled: disabled)), weights: try ScoreWeights.load(path: weightsFile),
            weightsFile: weightsFile)
    }

    /// The score weights alone (`config show`).
    package func weights() throws -> (weights: ScoreWeights, file: String) {
        let file = try dataFile(ScoreWeights.fileName)
        return (try ScoreWeights.load(path: file), file)
    }

    /// The claim cues (`audit` ranks the claims that need a source with them).
    package func claimCues() throws -> ClaimCues {
        try ClaimCues.load(path: try dataFile(ClaimCues.fileName))
    }
}

/// A compiled rule pack with the score weights of its folders, loaded once and shared by
/// every article that uses it.
package struct RuleSet: Sendable {
    package let analyzer: Analyzer
    package let weights: ScoreWeights
    /// The scoring file the weights came from.
    package let weightsFile: String
}
