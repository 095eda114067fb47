import Foundation
import Testing

@testable import SourcedCore

#if canImport(Glibc)
    import Glibc
#endif

/// The one strict YAML reader: duplicate keys, depth, size and alias bombs are refused with
/// a one-line error before anything recurses over the input.
@Suite struct StrictYAMLTests {
    func error(_ yaml: String) -> YAMLError? {
        do {
            _ = try StrictYAML(file: "f.yml").compose(yaml)
            return nil
        } catch {
            return error
        }
    }

    @Test func duplicateKeysNameBothLines() {
        #expect(error("a: 1\nb:\n  c: 2\n  c: 3\n") == .duplicateKey(file: "f.yml", line: 4, column: 3, key: "c", firstLine: 3))
        #expect(error("[{x: 1, x: 2}]")?.errorDescription == "f.yml:1:9: duplicate key 'x' (first given on line 1)")
    }

    @Test func duplicateKeysFailConfigRuleAndDataFiles() throws {
        #expect(throws: YAMLError.self) {
            try ConfigParser(file: "c.yml").parse("thresholds: {min-score: 10}\nthresholds: {min-score: 90}\n")
        }
        let folder = try ruleFolder([
            "speculative/x.yml": "version: 1\nkind: hedge\npattern: 'a'\npattern: 'b'\nexamples:\n  match: [\"⟦a⟧\"]\n"
        ])
        let message = #expect(throws: RuleError.self) { try RulePack(directories: [folder]) }?.localizedDescription
        #expect(message?.hasSuffix("speculative/x.yml:4:1: duplicate key 'pattern' (first given on line 3)") == true)
        #expect(throws: YAMLError.self) {
            try ScoreWeights.parse(yaml: "version: 1\nversion: 1\nweights: {}\n", file: "s.yml")
        }
    }

    /// Each of these used to overflow the stack in Yams' recursive composer (SIGSEGV).
    @Test(arguments: [
        String(repeating: "[", count: 5000),
        String(repeating: "{a: ", count: 5000),
        "a: " + String(repeating: "- ", count: 5000) + "x",
        "a:\n" + (1...300).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n"),
        // A quote inside a plain scalar, a comment sign inside a word, a continued plain scalar
        // and an anchor: none may hide the brackets that follow.
        "a: it's\nb: " + String(repeating: "[", count: 5000),
        "a: x 'y\nb: " + String(repeating: "[", count: 5000),
        "a: [b#c, " + String(repeating: "[", count: 5000),
        "a: x\n  'y\nb: " + String(repeating: "[", count: 5000),
        "a: &x " + String(repeating: "[", count: 5000),
        "a: [b, 'c', " + String(repeating: "[", count: 5000),
        // A lone CR (or NEL) ends a line for the parser: the dashes after it nest from a new
        // line (found by the config fuzz target).
        "a: x\r- - - !\r - " + String(repeating: "- ", count: 5000),
        "a: x\u{85}- - - !\u{85} - " + String(repeating: "- ", count: 5000),
    ])
    func deepNestingIsRefusedBeforeComposing(_ yaml: String) {
        guard case .tooDeep(let file, let line, let limit) = error(yaml) else {
            Issue.record("'\(yaml.prefix(20))…' not refused as too deep: \(String(describing: error(yaml)))")
            return
        }
        #expect(file == "f.yml" && line >= 1 && limit == StrictYAML.maxDepth)
    }

    @Test func bracketsInsideTextAreNotNesting() {
        let brackets = String(repeating: "[", count: 200)
        #expect(error("a: '\(brackets)'\nb: \"\(brackets)\\\"\"\nc: x\(brackets)\n") == nil)
        #expect(error("a: |\n" + (1...200).map { String(repeating: " ", count: $0 + 1) + "[" }.joined(separator: "\n") + "\nb: 1\n") == nil)
        #expect(error("# \(brackets)\na: 1 # \(brackets)\n") == nil)
        #expect(error("a: 'it''s [[['\nb: [[[1]]]\n") == nil)
    }

    @Test func sizeIsCheckedBeforeComposing() {
        let big = "a: '" + String(repeating: "x", count: StrictYAML.maxBytes) + "'\n"
        #expect(error(big) == .tooLarge(file: "f.yml", bytes: big.utf8.count, limit: StrictYAML.maxBytes))
    }

    @Test func aliasBombsAreRefused() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        guard case .tooManyNodes = error(yaml) else {
            Issue.record("alias bomb not refused")
            return
        }
    }

    @Test func aFIFOIsNotOpened() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString).yml").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        #expect(throws: YAMLError.unreadable(file: path, reason: "not a regular file")) { try ConfigParser.load(path) }
    }
}
