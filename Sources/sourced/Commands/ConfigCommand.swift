import ArgumentParser
import Foundation
import SourcedCore
import SourcedReports

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the configuration that applies to a path.",
        subcommands: [Show.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the effective configuration for PATH and where each value came from.",
            discussion: """
                The nearest .sourced.yml walking up from PATH applies, unless --config or \
                SOURCED_CONFIG names one. Per-glob overrides are applied for PATH.

                Example:
                  sourced config show articles/opinion/column.md
                """
        )

        @Argument(help: "An article or folder (default: the current folder).")
        var path: String = "."

        @OptionGroup var config: ConfigOptions

        func run() throws {
            do {
                // A mistyped path must not print the defaults as if they applied to it.
                guard FileManager.default.fileExists(atPath: path) else { throw InputError.notFound(path: path) }
                let effective = try config.resolver().effective(for: path)
                let resources = try PackResources(extra: effective.extraRules.map(\.value), useBundled: true)
                let (weights, scoring) = try resources.weights()
                let description = ConfigDescription(
                    effective, explicitFromEnvironment: config.fromEnvironment,
                    weights: weights, weightsFile: ConfigResolver.shortPath(scoring))
                print(VisibleText.visible(description.text, keepingLineBreaks: true), terminator: "")
            } catch {
                throw fail(error)
            }
        }
    }
}

/// The effective configuration as `key: value  (origin)` lines.
struct ConfigDescription {
    let config: EffectiveConfig
    let fromEnvironment: Bool
    /// The rule pack's weights, before the config's overrides, and the file they came from.
    let weights: ScoreWeights
    let weightsFile: String

    init(_ config: EffectiveConfig, explicitFromEnvironment: Bool, weights: ScoreWeights, weightsFile: String) {
        self.config = config
        fromEnvironment = explicitFromEnvironment
        self.weights = weights
        self.weightsFile = weightsFile
    }

    var text: String {
        var lines = ["config file: \(config.file.map { fromEnvironment ? "\($0) (SOURCED_CONFIG)" : $0 } ?? "none (defaults)")"]
        let thresholds = config.thresholds
        lines.append(line("thresholds.min-score", thresholds.minScore))
        lines.append(line("thresholds.max-unattributed-share", thresholds.maxUnattributedShare))
        lines.append(line("thresholds.min-mean-score", thresholds.minMeanScore))
        lines += list("rules.extra", config.extraRules)
        lines += list("rules.disabled", config.disabledRules)
        lines += list("exclude", config.exclude)
        for (key, setting) in config.allWeights(base: weights, baseOrigin: weightsFile) {
            lines.append("weights.\(key): \(String(format: "%g", setting.value))  (\(setting.origin))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ key: String, _ setting: Setting<Double>?) -> String {
        guard let setting else { return "\(key): not checked  (default)" }
        return "\(key): \(String(format: "%g", setting.value))  (\(setting.origin))"
    }

    private func list(_ key: String, _ settings: [Setting<String>]) -> [String] {
        settings.isEmpty ? ["\(key): []  (default)"] : settings.map { "\(key): \($0.value)  (\($0.origin))" }
    }
}
