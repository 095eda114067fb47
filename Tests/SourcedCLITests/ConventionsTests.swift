import Foundation
import Testing

/// Command-line conventions of issue 17: suggestions for typos, help wrapped once, paths
/// that do not exist are errors.
@Suite struct ConventionsTests {
    @Test func aMistypedCommandGetsASuggestion() throws {
        let result = try Checkout.run(["audti", "Samples/putin-kim-vostochny.txt"])
        #expect(result.code == 64)
        #expect(result.stderr == "sourced: error: unknown command 'audti' (did you mean 'audit'? see 'sourced --help')\n")
        #expect(try Checkout.run(["xyzzy"]).stderr.contains("(see 'sourced --help')"))
    }

    @Test func aMistypedRuleIdGetsASuggestion() throws {
        let result = try Checkout.run(["explain", "speculative.reportdly"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("did you mean 'speculative.reportedly'?"), "\(result.stderr)")
    }

    @Test func configShowOfAMissingPathExitsTwo() throws {
        let result = try Checkout.run(["config", "show", "nosuch/"])
        #expect(result.code == 2)
        #expect(result.stderr.hasPrefix("sourced: error: nosuch/"))
    }

    /// Wrapped once (ArgumentParser fills lines to 79 columns): no line could have taken the next line's first word.
    @Test(arguments: [["audit"], ["score"], ["check"], ["eval"], ["config", "show"], ["rules", "test"]])
    func helpIsWrappedOnce(_ command: [String]) throws {
        let help = try Checkout.run(command + ["--help"]).stdout
        let lines = help.components(separatedBy: "\n")
        for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty {
            let indent = { (text: String) in text.prefix { $0 == " " }.count }
            guard indent(line) == 0, indent(next) == 0, !line.hasSuffix(":"), !line.hasPrefix("USAGE") else { continue }
            let word = next.split(separator: " ").first.map(String.init) ?? ""
            #expect(line.count + 1 + word.count > 79, "'\(line)' could hold '\(word)'")
        }
    }
}
