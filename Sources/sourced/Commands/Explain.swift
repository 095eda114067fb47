import ArgumentParser
import Foundation
import SourcedCore
import SourcedReports

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: what it finds, its pattern and its examples.",
        discussion: "Example:\n  sourced explain speculative.reportedly"
    )

    @Argument(help: "A rule id, as listed by 'sourced rules list'.")
    var id: String

    @OptionGroup var rules: RuleOptions

    func run() throws {
        do {
            let pack = try rules.loadPack()
            guard let rule = pack.rule(id), let definition = pack.definition(id) else {
                throw CLIError.unknownRule(id, suggestion: Suggestion.hint(for: id, in: pack.rules.map(\.id)))
            }
            print(VisibleText.visible(RuleDocumentation(rule, definition: definition).text, keepingLineBreaks: true))
        } catch {
            throw fail(error)
        }
    }
}
