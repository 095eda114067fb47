import ArgumentParser
import Foundation
import SourcedCore
import SourcedReports

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, test or document the rules.",
        subcommands: [List.self, Test.self, Doc.self, Tokens.self]
    )

    struct Doc: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "doc",
            abstract: "Write the Markdown documentation of every rule (docs/rules.md) from the rule files.",
            discussion: """
                Each rule's id, kind, the tag it argues for, its explain: text and its examples, \
                plus the findings of 'sourced check' (which SARIF help links point at). A test fails \
                while the committed docs/rules.md differs from this output.

                Example:
                  sourced rules doc --output docs/rules.md
                """
        )

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "path"))
        var output: String?

        @OptionGroup var rules: RuleOptions

        func run() throws {
            do {
                let text = RulesDocument(pack: try rules.loadPack()).render()
                try Output.write(text, to: output, inputs: [])
            } catch {
                throw fail(error)
            }
        }
    }

    struct Tokens: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tokens",
            abstract: "Show a sentence as token rules read it: each token's classes and the phrases found.",
            discussion: """
                One line per token: the token, then its word lists, shapes, 'Name', part of speech, \
                and '{source' where a phrase opens and '…source' where it goes on. For writing \
                'tokens:' rules.

                Example:
                  sourced rules tokens "Kremlin spokesperson Dmitry Peskov clarified that no deal was signed."
                """
        )

        @Argument(help: "The sentence.")
        var sentence: String

        @OptionGroup var rules: RuleOptions

        func run() throws {
            do {
                let view = TokenView(sentence, pack: try rules.loadPack())
                for row in view.rows {
                    print(
                        VisibleText.visible(row.text).padding(toLength: 16, withPad: " ", startingAt: 0), row.classes.joined(separator: " ")
                    )
                }
            } catch {
                throw fail(error)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List every loaded rule with its kind and the tag it argues for.",
            discussion: "Example:\n  sourced rules list --rules my-rules/"
        )

        @OptionGroup var rules: RuleOptions

        func run() throws {
            do {
                let pack = try rules.loadPack()
                for rule in pack.rules {
                    let tag = rule.tag?.rawValue ?? "-"
                    print(
                        VisibleText.visible(rule.id).padding(toLength: 44, withPad: " ", startingAt: 0),
                        rule.kind.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0), tag)
                }
            } catch {
                throw fail(error)
            }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run every example of every rule (and of the folders given).",
            discussion: """
                Each 'match' example must produce the marked cue ⟦…⟧ and source ⟪…⟫ spans, with the \
                rule alone and with the whole pack; each 'no-match' example must not match. \
                Failures name the rule file and the example's line. Exit code 1 when any fail.

                Example:
                  sourced rules test my-rules/
                """
        )

        @Argument(help: "Rule folders to test in addition to the bundled pack.")
        var directories: [String] = []

        @OptionGroup var rules: RuleOptions

        func run() throws {
            let pack: RulePack
            do {
                var options = rules
                options.extraDirectories += directories
                pack = try options.loadPack()
            } catch {
                throw fail(error)
            }
            let failures = ExampleChecker(pack: pack).checkAll()
            for failure in failures { print("FAIL \(VisibleText.visible("\(failure)"))") }
            let total = pack.definitions.reduce(0) { $0 + $1.examples.count }
            print("\(total - failures.count) passed, \(failures.count) failed")
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}
