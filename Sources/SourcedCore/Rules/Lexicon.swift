import Foundation

/// A compiled word list: every inflected form, a trie-factored regex for patterns,
/// and the first words that gate the rules requiring it.
package struct Lexicon: Sendable {
    package let name: String
    /// Index of the lexicon's bit in a sentence's gate mask.
    package let bit: Int
    /// Lower-cased forms, inflections included.
    package let forms: [String]
    /// A non-capturing, caseless, trie-factored alternation of `forms`, matching whole words;
    /// built when a pattern names the list (`{{name}}`), not at every start-up.
    package var regex: String { Self.regex(of: forms) }

    init(name: String, bit: Int, words: [String], inflection: Inflection) {
        self.name = name
        self.bit = bit
        var forms = Set<String>()
        let irregular = Self.irregularForms(words.map { $0.lowercased() })
        for entry in words {
            for form in Self.inflect(entry.lowercased(), as: inflection, irregular: irregular) { forms.insert(form) }
        }
        self.forms = forms.sorted()
    }

    /// Whether every form starts with an ASCII letter, so that the tokenizer sees the word
    /// where a match of `regex` starts.
    var startsWithLetters: Bool { forms.allSatisfy { $0.utf8.first?.isASCIILetter == true } }

    /// A caseless, trie-factored alternation of `forms` (also for `{{a|b}}`, several lists' forms).
    /// No ASCII letter may touch an entry: "read" is not in "readies".
    static func regex(of forms: [String]) -> String { "(?i:(?<![A-Za-z])" + Trie(forms).regex() + "(?![A-Za-z]))" }

    /// Irregular forms of single-word entries (`speak|spoke|spoken`), by base word, so that
    /// phrases on the same verb inherit them ("speak out" → "spoke out", "spoken out").
    static func irregularForms(_ entries: [String]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for entry in entries where !entry.contains(" ") {
            let parts = entry.split(separator: "|").map(\.trimmedBlanks)
            if parts.count > 1 { result[parts[0], default: []] += parts.dropFirst() }
        }
        return result
    }

    /// The forms of one entry. `base|form|form` lists irregular forms after the base;
    /// in a phrase only the first word is inflected ("point out" → "pointed out"), and it
    /// takes the irregular forms its word has elsewhere in the lexicon.
    static func inflect(_ entry: String, as inflection: Inflection, irregular: [String: [String]] = [:]) -> [String] {
        let parts = entry.split(separator: "|").map(\.trimmedBlanks)
        guard let base = parts.first, !base.isEmpty else { return [] }
        var forms = [base] + parts.dropFirst()
        let words = base.split(separator: " ", maxSplits: 1).map(String.init)
        let head = words[0]
        let tail = words.count > 1 ? " " + words[1] : ""
        if !tail.isEmpty, inflection == .verb, let inherited = irregular[head] { forms += inherited.map { $0 + tail } }
        switch inflection {
        case .none: break
        case .noun: forms.append(plural(head) + tail)
        case .verb:
            // Irregular forms listed after the base replace the regular past tense.
            let regular = parts.count > 1 ? [plural(head), gerund(head)] : [plural(head), past(head), gerund(head)]
            forms += regular.map { $0 + tail }
        }
        return forms
    }

    static func plural(_ word: String) -> String {
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return word.dropLast() + "ies"
        }
        for suffix in ["s", "sh", "ch", "x", "z", "o"] where word.hasSuffix(suffix) { return word + "es" }
        return word + "s"
    }

    static func past(_ word: String) -> String {
        if word.hasSuffix("e") { return word + "d" }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return word.dropLast() + "ied"
        }
        return word + "ed"
    }

    static func gerund(_ word: String) -> String {
        if word.hasSuffix("ie") { return word.dropLast(2) + "ying" }
        if word.hasSuffix("e"), !word.hasSuffix("ee"), word.count > 2 { return word.dropLast() + "ing" }
        return word + "ing"
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs: Foundation's `trimmingCharacters(in:)`
    /// costs microseconds a call, and every word-list entry goes through this at start-up.
    var trimmedBlanks: String {
        let isBlank: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }
}

/// A character trie that prints as a factored regex: `sa(?:id|ys?)` rather than `said|say|says`.
///
/// Nodes live in one array and refer to each other by index, and the regex is written with
/// an explicit stack: the depth of the trie is the length of the longest entry, which a rule
/// file controls (linked nodes overflowed the stack, writing the regex and freeing the nodes,
/// on an entry of a few thousand characters).
struct Trie {
    // Keyed by scalar, not Character: hashing a Character is hashing a String, and building
    // the tries is part of start-up. Word-list entries are single-scalar characters.
    private struct Node {
        var children: [Unicode.Scalar: Int] = [:]
        var terminal = false
    }

    private var nodes = [Node()]

    init(_ words: [String]) {
        for word in words {
            var node = 0
            for scalar in word.unicodeScalars {
                if let next = nodes[node].children[scalar] {
                    node = next
                } else {
                    nodes.append(Node())
                    nodes[node].children[scalar] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            nodes[node].terminal = true
        }
    }

    func regex() -> String {
        enum Step {
            case node(Int)
            case text(String)
        }
        var output = ""
        var steps = [Step.node(0)]
        while let step = steps.popLast() {
            switch step {
            case .text(let text): output += text
            case .node(let index):
                let node = nodes[index]
                let keys = node.children.keys.sorted()
                guard let firstKey = keys.first else { continue }
                if keys.count == 1, !node.terminal {
                    steps += [.node(node.children[firstKey]!), .text(escape(firstKey))]
                    continue
                }
                let escaped = escape(firstKey)
                let short = escaped.unicodeScalars.count == 1 || (escaped.hasPrefix("\\") && escaped.unicodeScalars.count == 2)
                if keys.count == 1, nodes[node.children[firstKey]!].children.isEmpty, short {
                    output += escaped + "?"
                    continue
                }
                var group: [Step] = [.text("(?:")]
                for (position, key) in keys.enumerated() {
                    if position > 0 { group.append(.text("|")) }
                    group += [.text(escape(key)), .node(node.children[key]!)]
                }
                group.append(.text(node.terminal ? ")?" : ")"))
                steps += group.reversed()
            }
        }
        return output
    }

    private func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": return "\\s+"
        case "'", "’": return "['’]"
        case "-": return "[-‐–]"
        case ".", "\\", "+", "*", "?", "(", ")", "[", "]", "{", "}", "|", "^", "$", "/", "#":
            return "\\" + String(scalar)
        default: return String(scalar)
        }
    }
}
