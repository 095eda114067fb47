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
        commandName: "audit",
        abstract: "Tag and explain every sentence of one article.",
        discussion: """
            Reads FILE ('-' for standard input) and reports its sourcing score, the claims \
            that need a source, every segment with its tag (attributed, speculative, \
            unattributed) and the evidence (rule, cue, source and its kind), and the sources \
            cited. Markdown and HTML come from Reports/templates; --template uses your own. \
            Score weights and claim cues are Rules/scoring.yml and Rules/claims.yml.

            Examples:
              sourced audit Samples/putin-kim-vostochny.txt
              sourced audit article.txt --format html --output article.html
              sourced audit article.txt --format json --output article.sourced.json
              cat article.txt | sourced audit -
              sourced audit --jsonl corpus.jsonl > results.jsonl

            With --jsonl each output line is the input's id (copied as written) and the full JSON \
            result, in input order; a malformed line gives {"id", "error", "line"} and the \
            stream continues.

            Exit codes: 0 ok; 2 bad input, rule or config (with --jsonl: some lines carry an \
            error); 78 with --jsonl: the stream could not start (rules, config, templates or \
            its input), nothing was analysed; 64 usage.
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

    @Option(help: "Colour the terminal report: auto (a terminal, unless NO_COLOR or TERM=dumb; FORCE_COLOR forces it), always, never.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "No warnings (errors are still printed).")
    var quiet = false

    @OptionGroup var config: ConfigOptions

    @OptionGroup var rules: RuleOptions

    /// Where config discovery starts: the article, or the current folder for a stream.
    private var configAnchor: String {
        guard let file, file != "-" else { return FileManager.default.currentDirectoryPath }
        return file
    }

    func validate() throws {
        Diagnostics.quiet = quiet
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
        if let jsonl { return try stream(jsonl) }
        do {
            try audit(file ?? "-", builder: try builder())
        } catch {
            throw fail(error)
        }
    }

    /// The same config, rule set and weights as `score` and `check`, so all three show one figure.
    private func builder() throws -> ReportBuilder {
        let config = try self.config.resolver().effective(for: configAnchor)
        let base = try rules.resources()
        try config.checkRuleIDs(base)
        let resources = base.adding(config.extraRules.map(\.value))
        let ruleSet = try resources.ruleSet(disabled: Set(config.disabledRules.map(\.value)))
        return ReportBuilder(
            analyzer: ruleSet.analyzer, weights: config.scoreWeights(base: ruleSet.weights), cues: try resources.claimCues())
    }

    /// `--jsonl`: exit 2 when some lines carry an error, 78 when the stream cannot start.
    private func stream(_ input: String) throws {
        let stream: JSONLStream
        do {
            stream = JSONLStream(builder: try builder(), textField: textField, idField: idField, maxBytes: maxBytes, noTitle: noTitle)
        } catch {
            throw fail(error, code: .startupFailure)
        }
        let failures: Int
        do {
            failures = try stream.run(input: input) { FileHandle.standardOutput.write(Data($0.utf8)) }
        } catch {
            throw fail(error, code: .startupFailure)
        }
        if failures > 0 { throw ExitCode.badInput }
    }

    private func audit(_ file: String, builder: ReportBuilder) throws {
        let template = try ReportResources.template(for: reportFormat, custom: self.template)
        let reporter = try ReportBuilder.reporter(
            reportFormat, template: template.text, templateFile: template.file,
            color: output == nil && Terminal.wantsColor(color), width: output == nil ? Terminal.width : 80)
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

/// `--color`: whether the terminal report is coloured.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}

/// What standard output is: colour and width of the terminal report.
enum Terminal {
    /// `--color always|never` decides; for `auto`, FORCE_COLOR (not "0") turns colour on,
    /// NO_COLOR (non-empty) and TERM=dumb turn it off, else colour when standard output is a terminal.
    static func wantsColor(_ choice: ColorChoice, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let force = environment["FORCE_COLOR"], !force.isEmpty, force != "0" { return true }
            if environment["NO_COLOR"].map({ !$0.isEmpty }) ?? false { return false }
            if environment["TERM"] == "dumb" { return false }
            return isatty(STDOUT_FILENO) == 1
        }
    }

    /// The terminal's columns (`COLUMNS`, else the window size, else 80), at least 40.
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return max(columns, 40) }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return max(Int(size.ws_col), 40)
        }
        return 80
    }
}
