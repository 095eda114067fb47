import ArgumentParser
import Foundation
import SourcedCore
import SourcedReports

extension ScoreFormat: ExpressibleByArgument {}

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score many articles in parallel and summarise the corpus.",
        discussion: """
            Scores every article (files, or folders searched recursively) on all cores and \
            prints a table, worst score first, then the corpus mean, median, 10th percentile, \
            a histogram and the share of each tag. A bad input never stops the batch: every \
            failure is listed at the end and the exit code is 2.

            Exit codes: 0 ok; 2 an input, rule or config error; 64 usage.

            Examples:
              sourced score articles/
              sourced score articles/ --exclude 'articles/drafts/*' --format csv --output scores.csv
              sourced score a.txt b.md --jobs 4 --format jsonl
            """
    )

    @OptionGroup var batch: BatchOptions

    @Option(name: .shortAndLong, help: "Output format.")
    var format: ScoreFormat = .table

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the output to this file (atomically).", valueName: "path"))
    var output: String?

    func run() throws {
        if format == .jsonl || format == .csv { return try runStreaming() }
        let outcome: BatchRun.Outcome
        do {
            outcome = try BatchRun(options: batch, claims: false).run()
        } catch {
            throw fail(error)
        }
        let text = format.render(outcome.report)
        do {
            try Output.write(text, to: output, inputs: outcome.report.articles.map(\.path))
        } catch {
            throw fail(error)
        }
        if format != .table || output != nil {
            for failure in outcome.report.failures { printError("\(failure.path): \(failure.reason)") }
        }
        if !outcome.report.failures.isEmpty { throw ExitCode(2) }
    }
}

extension Score {
    /// Line formats are written as articles finish, in path order, so memory does not grow
    /// with the corpus: only each article's score is kept, for the closing aggregate.
    func runStreaming() throws {
        let run = BatchRun(options: batch, claims: false)
        let plan: BatchRun.Plan
        let writer: AtomicFile.Writer?
        do {
            plan = try run.prepare()
            writer = try output.map { path throws(AtomicFile.WriteError) in try AtomicFile.Writer(path: path, inputs: plan.files) }
        } catch {
            throw fail(error)
        }
        var writeError: Error?
        func emit(_ text: String) {
            guard writeError == nil else { return }
            do {
                if let writer { try writer.write(text) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
            } catch {
                writeError = error
            }
        }
        if format == .csv { emit(ScoreCSVReporter.header) }
        var tenths: [Int] = []
        var articles = 0
        var totals: [Tag: Int] = [:]
        var failures = plan.failures
        run.stream(plan) { item in
            switch item {
            case .article(let summary):
                emit(format == .csv ? ScoreCSVReporter.row(summary) : ScoreJSONReporter.line(summary))
                // Keep only the figures the aggregate needs.
                articles += 1
                if let value = summary.sourcing.tenths { tenths.append(value) }
                for tag in Tag.allCases { totals[tag, default: 0] += summary.counts[tag] }
            case .failed(let failure):
                failures.append(failure)
            }
        }
        failures.sort { $0.path < $1.path }
        for failure in failures { emit(format == .csv ? ScoreCSVReporter.row(failure) : ScoreJSONReporter.line(failure)) }
        if format == .jsonl { emit(ScoreJSONReporter.line(CorpusAggregate(tenths: tenths, articles: articles, totals: totals))) }
        do {
            if let writeError { throw writeError }
            try writer?.commit()
        } catch {
            throw fail(error)
        }
        for failure in failures { printError("\(failure.path): \(failure.reason)") }
        if !failures.isEmpty { throw ExitCode(2) }
    }
}

/// Writes a report to a file atomically, or to standard output.
enum Output {
    static func write(_ text: String, to path: String?, inputs: [String]) throws {
        if let path {
            try AtomicFile.write(text, to: path, inputs: inputs)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// `sourced: error: …` on stderr without exiting (for failures listed at the end of a batch).
func printError(_ message: String) {
    FileHandle.standardError.write(Data("sourced: error: \(VisibleText.visible(message))\n".utf8))
}
