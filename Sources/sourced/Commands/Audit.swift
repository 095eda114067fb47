import ArgumentParser
import Foundation
import PCRE2
import SourcedCore
import SourcedReports

/// Report formats of `sourced audit`.
enum AuditFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, html, json

    var reportFormat: ReportFormat { ReportFormat(rawValue: rawValue)! }
}

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag and explain every sentence of one article.",
        discussion: """
            Reads FILE ('-' for standard input) and reports its sourcing score, the claims
            that need a source, every segment with its tag (attributed, speculative,
            unattributed) and the evidence (rule, cue, source and its kind), and the sources
            cited. Markdown and HTML come from Reports/templates; --template uses your own.
            Score weights and claim cues are Rules/scoring.yml and Rules/claims.yml.

            Examples:
              sourced audit Samples/putin-kim-vostochny.txt
              sourced audit article.txt --format html --output article.html
              sourced audit article.txt --format json --output article.sourced.json
              cat article.txt | sourced audit -
              sourced audit --jsonl corpus.jsonl > results.jsonl

            With --jsonl each output line is the full JSON result plus the input's id, in input
            order; a malformed line gives {"id", "error", "line"} and the stream continues
            (exit 2 at the end if any line failed).
            """
    )

    @Argument(help: "The article to audit ('-' reads standard input).")
    var file: String?

    @Option(
        help: ArgumentHelp(
            "Stream JSON Lines: one article object per line in, one sourced/1 result per line out.",
            valueName: "file|-"))
    var jsonl: String?

    @Option(help: "With --jsonl: the field holding the article text.")
    var textField = "text"

    @Option(help: "With --jsonl: the field holding the article id, copied to each result.")
    var idField = "id"

    @Option(name: .shortAndLong, help: "Report format (JSON Lines with --jsonl).")
    var format: AuditFormat?

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Input format (default: from the extension; text for standard input).")
    var inputFormat: InputFormat?

    @Option(help: ArgumentHelp("Refuse inputs larger than this many bytes.", valueName: "n"))
    var maxBytes: Int = DocumentLoader.defaultMaxBytes

    @Flag(help: "Body-only text: its first paragraph is not a headline (with --jsonl, also a line with a 'title' field).")
    var noTitle = false

    @Option(help: ArgumentHelp("Render Markdown or HTML with this Mustache template.", valueName: "path"))
    var template: String?

    @Option(
        help: ArgumentHelp(
            "Use this config file instead of the nearest .sourced.yml (or set SOURCED_CONFIG); its rules and weights apply.",
            valueName: "path"))
    var config: String?

    @OptionGroup var rules: RuleOptions

    /// `--config`, else `SOURCED_CONFIG`, else nil (discovery).
    private var explicitConfig: String? {
        if let config { return config }
        let value = ProcessInfo.processInfo.environment["SOURCED_CONFIG"]
        return value?.isEmpty == false ? value : nil
    }

    /// Where config discovery starts: the article, or the current folder for a stream.
    private var configAnchor: String {
        guard let file, file != "-" else { return FileManager.default.currentDirectoryPath }
        return file
    }

    func validate() throws {
        if (file == nil) == (jsonl == nil) {
            throw ValidationError("give either FILE or --jsonl FILE")
        }
        if jsonl != nil, (format != nil && format != .json) || output != nil || template != nil {
            throw ValidationError("--jsonl writes JSON Lines to standard output; drop --format, --output and --template")
        }
        if template != nil, reportFormat.templateName == nil {
            throw ValidationError("--template needs --format markdown or --format html")
        }
    }

    private var reportFormat: ReportFormat { (format ?? .text).reportFormat }

    func run() throws {
        let failures: Int
        do {
            // The same config, rule set and weights as `score` and `check`, so all three show one figure.
            let config = try ConfigResolver(explicitPath: explicitConfig).effective(for: configAnchor)
            var options = rules
            options.extraDirectories += config.extraRules.map(\.value)
            let ruleSet = try RuleSet(options, disabled: Set(config.disabledRules.map(\.value)))
            let cues = try ClaimCues.load(path: try ReportResources.dataFile(ClaimCues.fileName, folders: try options.directories()))
            let builder = ReportBuilder(analyzer: ruleSet.analyzer, weights: config.scoreWeights(base: ruleSet.weights), cues: cues)
            if let jsonl {
                let stream = JSONLStream(builder: builder, textField: textField, idField: idField, maxBytes: maxBytes, noTitle: noTitle)
                failures = try stream.run(input: jsonl) { FileHandle.standardOutput.write(Data($0.utf8)) }
            } else if let file {
                try audit(file, builder: builder)
                failures = 0
            } else {
                failures = 0
            }
        } catch {
            throw fail(error)
        }
        if failures > 0 { throw ExitCode(2) }
    }

    private func audit(_ file: String, builder: ReportBuilder) throws {
        let template = try ReportResources.template(for: reportFormat, custom: self.template)
        let reporter = try ReportBuilder.reporter(
            reportFormat, template: template.text, templateFile: template.file,
            color: output == nil && Terminal.wantsColor)
        let document = try InputFiles.read(file, format: inputFormat, maxBytes: maxBytes, noTitle: noTitle)
        for warning in document.warnings { warn("\(file): \(warning)") }
        let report = reporter.render(try builder.model(document, matcher: Matcher()))
        if let output {
            try AtomicFile.write(report, to: output, inputs: [file] + (template.text == nil ? [] : [template.file]))
        } else {
            FileHandle.standardOutput.write(Data(report.utf8))
        }
    }
}

/// Whether colour output is wanted: standard output is a terminal and NO_COLOR is unset.
enum Terminal {
    static var wantsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
