import ArgumentParser
import Foundation
import SourcedCore
import SourcedReports

#if canImport(Glibc)
    import CMalloc
#endif

@main
struct Sourced: ParsableCommand {
    // Every command names itself: a name derived from the type is reflected at every start-up.
    static let configuration = CommandConfiguration(
        commandName: "sourced",
        abstract: "Check how well a news article is sourced.",
        discussion: """
            Tags every sentence as attributed, speculative or unattributed with a rules engine \
            and shows the evidence for each tag.

            Exit codes: 0 ok; 1 sourcing below a threshold; 2 bad input, rule or config; 64 usage.
            """,
        version: "0.1.0",
        subcommands: [Audit.self, Score.self, Check.self, ConfigCommand.self, Eval.self, Rules.self, Explain.self]
    )

    static func main() {
        #if canImport(Glibc)
            // JIT-compiling the rules frees many large temporary buffers; glibc would hand
            // each back to the kernel at once, and every return stalls the other core (a
            // TLB shoot-down). Keeping up to 64 MB of freed heap saves ~4 ms of start-up.
            mallopt(M_TRIM_THRESHOLD, 64 << 20)
        #endif
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = configuration.subcommands.map { $0._commandName } + ["help"]
            if !names.contains(first) {
                let hint = Suggestion.hint(for: first, in: names)
                let message = "unknown command '\(first)' (\(hint.isEmpty ? "" : hint + " ")see 'sourced --help')"
                FileHandle.standardError.write(Data("sourced: error: \(VisibleText.visible(message))\n".utf8))
                exit(withError: ExitCode(64))
            }
        }
        if RuleProfile.enabled {
            atexit { FileHandle.standardError.write(Data(RuleProfile.table.report().utf8)) }
        }
        main(nil)
    }
}
