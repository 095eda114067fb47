import ArgumentParser
import Foundation
import SourcedCore

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain one rule: what it finds, its pattern and its examples.",
        discussion: "Example:\n  sourced explain speculative.reportedly"
    )

    @Argument(help: "A rule id, as listed by 'sourced rules list'.")
    var id: String

    @OptionGroup var rules: RuleOptions

    func run() throws {
        do {
            let pack = try rules.loadPack()
            guard let rule = pack.rule(id) else { throw CLIError.unknownRule(id) }
            print(RuleDescription(rule).text)
        } catch {
            throw fail(error)
        }
    }
}

/// The user documentation of a rule, read from the rule itself.
struct RuleDescription {
    let rule: CompiledRule

    init(_ rule: CompiledRule) { self.rule = rule }

    var text: String {
        let definition = rule.definition
        var lines = ["\(rule.id)  (\(rule.kind.rawValue)\(rule.tag.map { ", argues \($0.rawValue)" } ?? ""))"]
        lines.append("file: \(definition.file)")
        if !definition.explain.isEmpty { lines += ["", definition.explain] }
        if let source = definition.source { lines += ["", "source kind: \(source.rawValue)"] }
        if definition.fallback { lines.append("fallback: runs only on a sentence no other rule attributes or hedges") }
        if let pattern = definition.pattern { lines.append("pattern: \(pattern)") }
        if let tokens = definition.tokens { lines.append("tokens: \(tokens)") }
        if !definition.words.isEmpty { lines.append("words: \(definition.words.joined(separator: ", "))") }
        if !definition.requires.isEmpty { lines.append("runs only with: \(definition.requires.joined(separator: ", "))") }
        if !definition.contains.isEmpty {
            lines.append("runs only on sentences containing, in any case: \(definition.contains.map { "'\($0)'" }.joined(separator: ", "))")
        }
        if let literals = rule.requiredText {
            lines.append("runs only on sentences containing, in any case (found in the pattern): \(literals.joined(separator: ", "))")
        }
        if rule.isCueBounded {
            let lists = rule.cueWordLists.isEmpty ? "" : " (a word of \(rule.cueWordLists.joined(separator: ", ")))"
            lines.append("search stops at the last place its cue can start\(lists)")
        }
        let matches = definition.examples.filter(\.shouldMatch)
        let misses = definition.examples.filter { !$0.shouldMatch }
        if !matches.isEmpty { lines += ["", "matches:"] + matches.map { "  \($0.text)" } }
        if !misses.isEmpty { lines += ["", "does not match:"] + misses.map { "  \($0.text)" } }
        return lines.joined(separator: "\n")
    }
}
