import ArgumentParser
import Foundation
import SourcedCore

/// `--config PATH` or `SOURCED_CONFIG`: one config file instead of the nearest `.sourced.yml`.
struct ConfigOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Use this config file instead of the nearest .sourced.yml (or set SOURCED_CONFIG).", valueName: "path"))
    var config: String?

    /// `--config`, else `SOURCED_CONFIG`, else nil (discovery).
    var explicitPath: String? {
        if let config { return config }
        let value = ProcessInfo.processInfo.environment["SOURCED_CONFIG"]
        return value?.isEmpty == false ? value : nil
    }

    /// Whether the explicit file came from the environment, not the flag.
    var fromEnvironment: Bool { config == nil && explicitPath != nil }

    func resolver() throws -> ConfigResolver { try ConfigResolver(explicitPath: explicitPath) }
}
