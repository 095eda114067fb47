import ArgumentParser
import Foundation
import SourcedCore
import SourcedReports

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fail when articles are under-sourced (for CI and publishing pipelines).",
        discussion: """
            Holds every article to the thresholds (flags override .sourced.yml, found by walking \
            up from each article, or --config / SOURCED_CONFIG) and reports each failure with \
            the exact figure and the threshold. Each unattributed claim is a warning located at \
            its sentence; it never fails the check on its own.

            Formats (repeatable, NAME or NAME=PATH): text (default), sarif, github, junit, gitlab. \
            With 'github', a Markdown table is appended to $GITHUB_STEP_SUMMARY when it is set.

            Exit codes: 0 all pass; 1 a threshold failed; 2 an input, rule or config error \
            (inputs are all checked first and listed at the end), or no file matched (unless \
            --allow-no-files); 64 usage.

            Examples:
              sourced check articles/ --min-score 60
              sourced check new/*.md --min-score 50 --format github --format sarif=out.sarif
              sourced check archive/ --min-score 60 --write-baseline .sourced-baseline.json
              sourced check archive/ --min-score 60 --baseline .sourced-baseline.json
            """
    )

    @OptionGroup var batch: BatchOptions

    @Option(help: ArgumentHelp("Minimum sourcing score per article (0-100).", valueName: "n"))
    var minScore: Double?

    @Option(help: ArgumentHelp("Maximum share of unattributed sentences per article (0-1).", valueName: "x"))
    var maxUnattributedShare: Double?

    @Option(help: ArgumentHelp("Minimum mean score over all articles (0-100).", valueName: "n"))
    var minMeanScore: Double?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Report format, optionally written to a file: sarif=out.sarif (repeatable).", valueName: "format[=path]"))
    var format: [FormatRequest] = []

    @Option(help: ArgumentHelp("Accept the findings recorded in this baseline file.", valueName: "path"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record every current finding in this baseline file (the check then passes).", valueName: "path"))
    var writeBaseline: String?

    @Flag(help: "Pass when no article matched the paths and globs (by default that is an error, exit 2).")
    var allowNoFiles = false

    func validate() throws {
        try CheckValidation(command: self).validate()
    }

    var requests: [FormatRequest] { format.isEmpty ? [FormatRequest(argument: "text")!] : format }

    /// Flags as thresholds, with their origin.
    var flagThresholds: Thresholds {
        Thresholds(
            minScore: minScore.map { Setting($0, origin: "--min-score") },
            maxUnattributedShare: maxUnattributedShare.map { Setting($0, origin: "--max-unattributed-share") },
            minMeanScore: minMeanScore.map { Setting($0, origin: "--min-mean-score") })
    }

    func run() throws {
        let started = Date()
        let report: CheckReport
        do {
            let accepted = try baseline.map { (path) throws in try Baseline.load(path) } ?? []
            let outcome = try BatchRun(options: batch, claims: true).run()
            // A mistyped path or glob must not give a green build.
            if outcome.report.articles.isEmpty, outcome.report.failures.isEmpty, !allowNoFiles {
                throw NoFilesMatched(paths: batch.paths)
            }
            let thresholds = outcome.configs.mapValues { $0.thresholds.overridden(by: flagThresholds) }
            report = CheckEvaluator(baseline: accepted).evaluate(
                outcome.report, thresholds: thresholds, corpus: outcome.corpusConfig.thresholds.overridden(by: flagThresholds))
            try emit(report, started: started)
        } catch {
            throw fail(error)
        }
        for failure in report.failures { printError("\(failure.path): \(failure.reason)") }
        if writeBaseline != nil, report.failures.isEmpty { return }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }

    private func emit(_ report: CheckReport, started: Date) throws {
        let inputs = report.articles.map(\.summary.path)
        let context = CheckFormat.Context(
            toolVersion: Sourced.configuration.version, docsBaseURL: Self.docsBaseURL(),
            workingDirectory: FileManager.default.currentDirectoryPath, started: started, elapsed: Date().timeIntervalSince(started))
        for request in requests {
            try Output.write(request.format.render(report, context: context), to: request.path, inputs: inputs)
            if request.format == .github, let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
                try StepSummary.append(GitHubReporter().summary(report), to: summary)
            }
        }
        if let writeBaseline {
            try AtomicFile.write(Baseline.render(report.allFingerprints), to: writeBaseline, inputs: inputs)
        }
    }
}

extension Check {
    /// Where help links point: `SOURCED_DOCS_URL` (e.g. the repository's blob URL), else the
    /// bundled `docs/` beside the checkout or install prefix as a `file://` URL.
    static func docsBaseURL() -> String? {
        if let base = ProcessInfo.processInfo.environment["SOURCED_DOCS_URL"], !base.isEmpty { return base }
        guard let docs = try? ResourceLocator().locate(.docs) else { return nil }
        return URL(fileURLWithPath: docs).deletingLastPathComponent().absoluteString
    }
}

/// No article to check: the paths and globs matched nothing.
struct NoFilesMatched: Error, LocalizedError {
    let paths: [String]
    var errorDescription: String? {
        let quoted = paths.map { "'\($0)'" }.joined(separator: ", ")
        return "no files matched \(quoted) (check the paths, --include, --exclude and the config's exclude; --allow-no-files passes)"
    }
}

/// Appends to `$GITHUB_STEP_SUMMARY` (GitHub collects the file after the step).
enum StepSummary {
    static func append(_ markdown: String, to path: String) throws {
        // A missing file is created; failing that, opening it below reports the error.
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CLIError.cannotWrite(path: path, reason: "cannot open the step summary")
        }
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data(markdown.utf8))
    }
}
