import Foundation
import PCRE2
import SourcedCore

/// Fuzz targets over the parts of sourced that read untrusted input. Built two ways:
/// by `scripts/fuzz` with `-sanitize=fuzzer,address -DFUZZING`, as a libFuzzer binary whose
/// target is chosen by `SOURCED_FUZZ_TARGET`; and by `swift build`, as a replay tool
/// (`sourced-fuzz TARGET FILE…`) that the test suite runs over the saved crash inputs.
enum FuzzTargets {
    static let names = ["yaml", "config", "rule", "text", "markdown", "html", "jsonl", "pipeline"]

    /// The bundled pack, loaded once, for the whole-pipeline target.
    static let pipeline: Analyzer? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let rules = ProcessInfo.processInfo.environment["SOURCED_RULES"] ?? root.appendingPathComponent("Rules").path
        return (try? RulePack(directories: [rules])).map { Analyzer(pack: $0) }
    }()

    /// One `audit --jsonl` line; the limit is below libFuzzer's -max_len so too-long lines are tried too.
    static let jsonLine = JSONLineDecoder(textField: "text", idField: "id", maxBytes: 1 << 15, noTitle: false)

    /// Runs one input through `target`; errors are expected, crashes and hangs are not.
    static func run(_ target: String, _ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch target {
        case "yaml": _ = try? StrictYAML(file: "fuzz.yml").compose(text)
        case "config": _ = try? ConfigParser(file: "fuzz.yml").parse(text)
        case "rule":
            guard let definition = try? RuleFileParser(file: "speculative/fuzz.yml", id: "speculative.fuzz").parse(text) else { return }
            _ = try? RulePack(definitions: [definition])
        case "text": _ = try? DocumentLoader().load(bytes: bytes, path: "fuzz", format: .text)
        case "markdown": _ = try? DocumentLoader().load(bytes: bytes, path: "fuzz", format: .markdown)
        case "html": _ = try? DocumentLoader().load(bytes: bytes, path: "fuzz", format: .html)
        // Decoding a line also reads and segments the article's text, as `audit --jsonl` does.
        case "jsonl": _ = jsonLine.decode(bytes, location: "fuzz:1")
        case "pipeline":
            guard let analyzer = pipeline, let format = bytes.first.map({ [InputFormat.text, .markdown, .html][Int($0) % 3] }),
                let document = try? DocumentLoader().load(bytes: Array(bytes.dropFirst()), path: "fuzz", format: format)
            else { return }
            _ = try? analyzer.analyze(document, matcher: Matcher())
        default:
            fatalError("unknown fuzz target '\(target)' (one of \(names.joined(separator: ", ")))")
        }
    }
}

#if FUZZING
    private let target = ProcessInfo.processInfo.environment["SOURCED_FUZZ_TARGET"] ?? "yaml"

    // SwiftPM gives an executable target its own `main`, so libFuzzer's is not linked: the
    // driver is started by hand, as libFuzzer documents for programs with a main.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    @main enum Fuzz {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(
                runDriver(&argc, &argv) { data, size in
                    FuzzTargets.run(target, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                    return 0
                })
        }
    }
#else
    @main enum Replay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard let target = arguments.first, FuzzTargets.names.contains(target) else {
                print("usage: sourced-fuzz TARGET FILE… (targets: \(FuzzTargets.names.joined(separator: ", ")))")
                exit(64)
            }
            for file in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("sourced-fuzz: cannot read \(file)")
                    exit(2)
                }
                FuzzTargets.run(target, Array(data))
            }
        }
    }
#endif
