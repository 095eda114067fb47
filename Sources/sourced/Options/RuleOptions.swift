import ArgumentParser
import Foundation
import SourcedCore

/// Where the rules come from: the bundled pack plus any folders the user adds.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Add a folder of rule files (repeatable).", valueName: "dir"))
    var extraDirectories: [String] = []

    @Flag(name: .customLong("no-default-rules"), help: "Use only the folders given with --rules.")
    var noDefaultRules = false

    /// The rule folders and their data files (Core's one way in).
    func resources() throws -> PackResources {
        try PackResources(extra: extraDirectories, useBundled: !noDefaultRules)
    }

    func loadPack(disabled: Set<String> = []) throws -> RulePack {
        try resources().pack(disabled: disabled)
    }
}
