import ArgumentParser
import Foundation
import SourcedCore
import SourcedReports

/// Report formats of `sourced eval`.
enum EvalFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the tags against human gold labels.",
        discussion: """
            Reads gold labels (JSON Lines, see docs/eval.md): article-aligned lines \
            {"doc", "start", "end", "segment", labels} with byte offsets into a document \
            relative to the labels file, and standalone lines {"id", "text", labels}. \
            Gold sentences are aligned to the tool's sentences by byte overlap. Prints, for \
            each file and combined: the 'tag' confusion matrix, 'attributed' and 'speculative' \
            accuracy, precision, recall and F1, segment agreement, and each rule's precision.

            Examples:
              sourced eval corpus/polnear/dev.labels.jsonl
              sourced eval corpus/hedge/wiki.dev.labels.jsonl --errors 5
              sourced eval a.labels.jsonl b.labels.jsonl --format json > eval.json

            Exit codes: 0 ok; 2 bad labels, missing document or a rule failure.
            """
    )

    @Argument(help: ArgumentHelp("Gold labels files (JSON Lines).", valueName: "labels.jsonl"))
    var labels: [String]

    @Option(name: .long, help: ArgumentHelp("Show this many misclassified sentences per error type.", valueName: "n"))
    var errors = 0

    @Option(name: .shortAndLong, help: "Report format.")
    var format: EvalFormat = .text

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if labels.isEmpty { throw ValidationError("give at least one labels file") }
        if errors < 0 { throw ValidationError("--errors must not be negative") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let pack: RulePack
        do { pack = try rules.loadPack() } catch { throw fail(error) }
        let files = try loadAll()
        let evaluation = Evaluation(pack: pack, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let run: Evaluation.Run
        do { run = try evaluation.run(files) } catch { throw fail(error) }
        var reports = zip(labels, run.outcomes).map { name, outcomes in
            EvaluationReport(name: name, outcomes: outcomes, pack: pack, errorLimit: errors)
        }
        if reports.count > 1 {
            reports.append(EvaluationReport(name: "combined", outcomes: run.outcomes.flatMap { $0 }, pack: pack, errorLimit: errors))
        }
        let output: String
        switch format {
        case .text: output = EvalTextRenderer().render(reports)
        case .json: output = try EvalJSON.render(reports)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        for failure in run.failures { warn(failure.localizedDescription) }
        if let first = run.failures.first { throw fail(first) }
    }

    /// Every labels file; each bad file is reported, then the command exits with 2.
    private func loadAll() throws -> [[GoldLabel]] {
        var files: [[GoldLabel]] = []
        var problems: [EvalError] = []
        for path in labels {
            do { files.append(try GoldLabelsFile.load(path)) } catch { problems.append(error) }
        }
        guard problems.isEmpty else {
            for problem in problems.dropLast() { _ = fail(problem) }
            throw fail(problems[problems.count - 1])
        }
        return files
    }
}
