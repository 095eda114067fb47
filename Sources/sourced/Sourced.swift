import ArgumentParser

@main
struct Sourced: ParsableCommand {
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
}
