import Foundation
import SourcedCore

/// A rule's user documentation, read from the rule itself: `sourced explain` shows it as text
/// (with the pattern and its gates), `docs/rules.md` as a Markdown section.
package struct RuleDocumentation {
    package let rule: CompiledRule
    package let definition: RuleDefinition

    /// `definition`: the rule's file as parsed (`RulePack.definition(_:)`).
    package init(_ rule: CompiledRule, definition: RuleDefinition) {
        self.rule = rule
        self.definition = definition
    }

    private var spec: RuleSpec { definition.spec }
    private var matches: [RuleExample] { definition.examples.filter(\.shouldMatch) }
    private var misses: [RuleExample] { definition.examples.filter { !$0.shouldMatch } }
    private var argues: String? { rule.tag.map { "argues \($0.rawValue)" } }

    /// The plain-text page `sourced explain RULE-ID` prints.
    package var text: String {
        var lines = ["\(rule.id)  (\([rule.kind.rawValue, argues].compactMap { $0 }.joined(separator: ", ")))"]
        lines.append("file: \(definition.file)")
        if !definition.explain.isEmpty { lines += ["", definition.explain] }
        if let source = spec.declaredSource { lines += ["", "source kind: \(source.rawValue)"] }
        lines += engineFacts
        if !matches.isEmpty { lines += ["", "matches:"] + matches.map { "  \($0.text)" } }
        if !misses.isEmpty { lines += ["", "does not match:"] + misses.map { "  \($0.text)" } }
        return lines.joined(separator: "\n")
    }

    /// What the engine does with the rule: its pattern and the gates that keep it from running.
    private var engineFacts: [String] {
        var lines: [String] = []
        if rule.fallback { lines.append("fallback: runs only on a sentence no other rule attributes or hedges") }
        switch spec.matcher {
        case .characters(let pattern): lines.append("pattern: \(pattern.text)")
        case .tokens(let tokens): lines.append("tokens: \(tokens.text)")
        case nil: break
        }
        if case .lexicon(let list) = spec, !list.words.isEmpty { lines.append("words: \(list.words.joined(separator: ", "))") }
        if !spec.gates.requires.isEmpty { lines.append("runs only with: \(spec.gates.requires.joined(separator: ", "))") }
        if !spec.gates.contains.isEmpty {
            let quoted = spec.gates.contains.map { "'\($0)'" }.joined(separator: ", ")
            lines.append("runs only on sentences containing, in any case: \(quoted)")
        }
        if let literals = rule.requiredText {
            lines.append("runs only on sentences containing, in any case (found in the pattern): \(literals.joined(separator: ", "))")
        }
        return lines
    }

    /// The rule's section of `docs/rules.md`; `folderName` is the rule folder as shown there.
    package func markdown(folderName: String) -> [String] {
        var lines = ["### <a id=\"\(Self.anchor(rule.id))\"></a>\(rule.id)", ""]
        lines.append("- kind: `\(rule.kind.rawValue)`")
        lines.append("- argues: \(rule.tag?.rawValue ?? "no tag (used by other rules)")")
        if let source = spec.declaredSource { lines.append("- source kind: \(source.rawValue)") }
        if !spec.gates.requires.isEmpty {
            lines.append("- runs only with: \(spec.gates.requires.map { "`\($0)`" }.joined(separator: ", "))")
        }
        lines.append("- file: `\(folderName)/\(relativeFile)`")
        lines.append("")
        let explain = definition.explain.trimmingCharacters(in: .whitespacesAndNewlines)
        if !explain.isEmpty { lines += [Self.prose(explain), ""] }
        if !matches.isEmpty { lines += ["Matches:", ""] + matches.map { "- " + Self.code($0.text) } + [""] }
        if !misses.isEmpty { lines += ["Does not match:", ""] + misses.map { "- " + Self.code($0.text) } + [""] }
        return lines
    }

    /// The file's path inside its rule folder: as many trailing components as the id has.
    private var relativeFile: String {
        let depth = definition.id.split(separator: ".").count
        return definition.file.split(separator: "/").suffix(depth).joined(separator: "/")
    }

    /// The anchor of a rule's section (`docs/rules.md#<anchor>`).
    package static func anchor(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "-" })
    }

    /// Prose with `<` escaped, so an HTML comment in the text is shown, not swallowed.
    static func prose(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// Inline code that survives backticks in the text.
    static func code(_ text: String) -> String {
        text.contains("`") ? "`` \(text) ``" : "`\(text)`"
    }
}
