import ArgumentParser
import Foundation
import PCRE2
import SourcedCore
import SourcedReports

/// Report formats of `sourced audit`.
enum AuditFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag and explain every sentence of one article.",
        discussion: """
            Reads FILE ('-' for standard input) and prints each segment with its tag
            (attributed, speculative, unattributed) and the evidence: the rule that fired,
            the cue, the source and its kind.

            Examples:
              sourced audit Samples/putin-kim-vostochny.txt
              sourced audit article.txt --format json --output article.sourced.json
              cat article.txt | sourced audit -
            """
    )

    @Argument(help: "The article to audit ('-' reads standard input).")
    var file: String

    @Option(name: .shortAndLong, help: "Report format.")
    var format: AuditFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Input format (default: from the extension; text for standard input).")
    var inputFormat: InputFormat?

    @Option(help: ArgumentHelp("Refuse inputs larger than this many bytes.", valueName: "n"))
    var maxBytes: Int = DocumentLoader.defaultMaxBytes

    @OptionGroup var rules: RuleOptions

    func run() throws {
        do {
            let pack = try rules.loadPack()
            let document = try InputFiles.read(file, format: inputFormat, maxBytes: maxBytes)
            for warning in document.warnings { warn("\(file): \(warning)") }
            let analysis = try Analyzer(pack: pack).analyze(document, matcher: Matcher())
            let model = ReportModel(analysis)
            let report: String
            switch format {
            case .text: report = TextReporter(color: output == nil && Terminal.wantsColor).render(model)
            case .json: report = JSONReporter().render(model)
            }
            if let output {
                try AtomicFile.write(report, to: output, inputs: [file])
            } else {
                FileHandle.standardOutput.write(Data(report.utf8))
            }
        } catch {
            throw fail(error)
        }
    }
}

/// Whether colour output is wanted: standard output is a terminal and NO_COLOR is unset.
enum Terminal {
    static var wantsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
