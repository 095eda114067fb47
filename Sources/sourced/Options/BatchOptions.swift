import ArgumentParser
import Foundation
import SourcedCore

/// Inputs, selection, parallelism and configuration shared by `score` and `check`.
struct BatchOptions: ParsableArguments {
    @Argument(help: "Articles and folders (folders are searched recursively).")
    var paths: [String]

    @Option(help: ArgumentHelp("Only files in folders matching this glob (repeatable).", valueName: "glob"))
    var include: [String] = []

    @Option(
        help: ArgumentHelp("Skip files and folders matching this glob, relative to the working directory (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Flag(help: "Also search hidden files and folders and node_modules (skipped by default).")
    var hidden = false

    @Option(name: .shortAndLong, help: "Parallel workers (default: all cores).")
    var jobs: Int?

    @OptionGroup var config: ConfigOptions

    @Option(help: ArgumentHelp("Refuse (and list) articles larger than this many bytes.", valueName: "n"))
    var maxBytes: Int = DocumentLoader.defaultMaxBytes

    @Flag(help: "Body-only text: the first paragraph of an article is not a headline.")
    var noTitle = false

    @OptionGroup var rules: RuleOptions

    @Flag(name: .shortAndLong, help: "No warnings and no progress bar (errors are still printed).")
    var quiet = false

    func validate() throws {
        Diagnostics.quiet = quiet
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs))") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1 (got \(maxBytes))") }
        for (option, patterns) in [("--include", include), ("--exclude", exclude)] {
            for pattern in patterns {
                if let problem = Glob.problem(in: pattern) {
                    throw ValidationError("\(option) '\(pattern)' is not a valid glob (\(problem))")
                }
            }
        }
    }

    var workerCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    var collector: InputCollector {
        InputCollector(include: include.map(Glob.init), exclude: exclude.map(Glob.init), includeHidden: hidden)
    }
}
