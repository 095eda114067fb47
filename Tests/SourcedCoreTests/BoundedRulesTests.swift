import Foundation
import Testing

@testable import SourcedCore

/// Rule packs cannot make the loader recurse as deep as they like or grow without bound.
@Suite struct BoundedRulesTests {
    /// The recursive emitter the iterative one replaced, kept as the reference output.
    final class ReferenceTrie {
        var children: [Unicode.Scalar: ReferenceTrie] = [:]
        var terminal = false

        init(_ words: [String]) {
            for word in words {
                var node = self
                for scalar in word.unicodeScalars {
                    if node.children[scalar] == nil { node.children[scalar] = ReferenceTrie([]) }
                    node = node.children[scalar]!
                }
                node.terminal = true
            }
        }

        func regex() -> String {
            let branches = children.keys.sorted().map { Self.escape($0) + children[$0]!.regex() }
            if branches.isEmpty { return "" }
            if branches.count == 1, !terminal { return branches[0] }
            let single =
                branches.count == 1
                && (branches[0].unicodeScalars.count == 1 || branches[0].hasPrefix("\\") && branches[0].unicodeScalars.count == 2)
            let group = single ? branches[0] : "(?:" + branches.joined(separator: "|") + ")"
            return terminal ? group + "?" : group
        }

        static func escape(_ scalar: Unicode.Scalar) -> String {
            switch scalar {
            case " ": return "\\s+"
            case "'", "’": return "['’]"
            case "-": return "[-‐–]"
            case ".", "\\", "+", "*", "?", "(", ")", "[", "]", "{", "}", "|", "^", "$", "/", "#": return "\\" + String(scalar)
            default: return String(scalar)
            }
        }
    }

    @Test func theIterativeTrieWritesWhatTheRecursiveOneDid() {
        for lexicon in Package.pack.lexicons.values {
            #expect(Trie(lexicon.forms).regex() == ReferenceTrie(lexicon.forms).regex(), "\(lexicon.name)")
        }
        let sets = [["a", "ab", "abc"], ["a.", "a?", "b"], ["x y", "x-y", "x'y", "x"], ["said", "say", "says", "s"], ["", "q"]]
        for words in sets { #expect(Trie(words).regex() == ReferenceTrie(words).regex(), "\(words)") }
    }

    /// Used to overflow the stack (found by fuzzing the rule parser); run on a thread with
    /// the 512 KB stack of a worker, where the recursion failed soonest.
    @Test func aVeryLongLexiconEntryBuildsOnASmallStack() {
        let word = String(repeating: "ab", count: 50_000)
        let done = DispatchSemaphore(value: 0)
        let result = Box()
        let thread = Thread {
            result.value = Trie([word, word + "c"]).regex().utf8.count
            done.signal()
        }
        thread.stackSize = 512 << 10
        thread.start()
        done.wait()
        #expect(result.value == word.utf8.count + 2)  // "abab…ab" + "c?"
    }

    func fragments(_ count: Int, body: (Int) -> String) throws -> String {
        var files: [String: String] = [:]
        for index in 0..<count {
            files["fragments/f\(index).yml"] =
                "version: 1\nkind: fragment\npattern: '\(body(index))'\nexamples:\n  match: [\"⟦ab⟧\"]\n"
        }
        files["speculative/x.yml"] =
            "version: 1\nkind: hedge\npattern: '\\b{{f\(count - 1)}}\\b'\nexamples:\n  match: [\"⟦ab⟧\"]\n"
        return try ruleFolder(files)
    }

    @Test func fragmentsThatDoubleEachOtherAreRefused() throws {
        let folder = try fragments(23) { $0 == 0 ? "ab" : "(?:{{f\($0 - 1)}}|{{f\($0 - 1)}})" }
        let error = #expect(throws: RuleError.self) { try RulePack(directories: [folder]) }
        #expect(error?.localizedDescription.contains("expands too far (over 4 MiB once expanded") == true)
    }

    @Test func fragmentsThatDoubleEmptyPatternsAreRefusedToo() throws {
        let folder = try fragments(40) { $0 == 0 ? "" : "{{f\($0 - 1)}}{{f\($0 - 1)}}" }
        #expect(throws: RuleError.self) { try RulePack(directories: [folder]) }
    }

    @Test func aLongChainOfFragmentsIsRefused() throws {
        let folder = try fragments(RuleCompiler.maxReferenceDepth + 5) { $0 == 0 ? "ab" : "{{f\($0 - 1)}}" }
        let error = #expect(throws: RuleError.self) { try RulePack(directories: [folder]) }
        #expect(error?.localizedDescription.contains("levels of fragments") == true)
    }
}

private final class Box: @unchecked Sendable {
    var value = 0
}
