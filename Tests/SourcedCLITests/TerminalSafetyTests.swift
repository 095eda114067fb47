import Foundation
import Testing

/// Control characters from articles and file names are shown, never emitted (issue 18 item 5),
/// and the terminal conventions of issue 17: --color, FORCE_COLOR, NO_COLOR, TERM=dumb, the
/// width, --quiet, CSV formula cells.
@Suite struct TerminalSafetyTests {
    /// Sets the window title, clears the screen, hides text, rings the bell, reverses the line.
    static let hostile =
        "Title \u{1B}]0;pwned\u{07} of a long enough article\n\n"
        + "Anna Berg said the \u{1B}[2Jbridge over the river is \u{1B}[8msafe\u{1B}[0m. "
        + "It fell\u{9B}1m \u{202E}today, and the old road by the mill was closed for the whole of the afternoon.\n"

    @Test(arguments: ["text", "markdown", "html"])
    func articleTextNeverReachesTheOutputRaw(_ format: String) throws {
        let space = try Workspace(["a.txt": Self.hostile])
        let result = try space.run(["audit", "a.txt", "--format", format, "--color", "never"])
        #expect(result.code == 0, "\(result.stderr)")
        for raw in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"] {
            #expect(!result.stdout.contains(raw), "\(format): raw \(raw.unicodeScalars.first!.value)")
        }
        #expect(result.stdout.contains("x1b") && result.stdout.contains("u{202e}"), "shown as escapes")
    }

    @Test func fileNamesAreShownInTablesAndErrors() throws {
        let name = "evil\u{1B}[31m.txt"
        let space = try Workspace([name: Workspace.good])
        let table = try space.run(["score", ".", "missing\u{1B}]0;x\u{07}.txt"])
        #expect(!table.stdout.contains("\u{1B}") && !table.stderr.contains("\u{1B}"), "\(table.stdout)\(table.stderr)")
        #expect(table.stdout.contains("evil\\x1b[31m.txt"))
        #expect(table.stdout.contains("missing\\x1b]0;x\\x07.txt"))
        let check = try space.run(["check", ".", "--min-score", "100", "--format", "github"])
        #expect(!check.stdout.contains("\u{1B}"))
    }

    @Test func csvCellsThatLookLikeFormulasAreNeutralised() throws {
        let space = try Workspace(["=cmd.txt": Workspace.good, "+x.txt": Workspace.good, "@y.txt": Workspace.good])
        let result = try space.run(["score", "=cmd.txt", "+x.txt", "@y.txt", "-", "--format", "csv"], input: Data())
        let rows = result.stdout.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("'=cmd.txt,100.0,") }, "\(rows)")
        #expect(rows.contains { $0.hasPrefix("'+x.txt,") } && rows.contains { $0.hasPrefix("'@y.txt,") })
    }

    static func plain(_ text: String) -> String { text.replacing(/\x{1B}\[[0-9;]*m/, with: "") }

    @Test func colourFollowsTheFlagAndTheEnvironment() throws {
        let space = try Workspace(["a.txt": Workspace.poor])
        func colored(_ flags: [String], _ environment: [String: String] = [:]) throws -> Bool {
            try space.run(["audit", "a.txt"] + flags, environment: environment).stdout.contains("\u{1B}[")
        }
        #expect(try colored(["--color", "always"]))
        #expect(try !colored([]), "not a terminal")
        #expect(try colored([], ["FORCE_COLOR": "1"]))
        #expect(try !colored([], ["FORCE_COLOR": "0"]))
        #expect(try !colored(["--color", "never"], ["FORCE_COLOR": "1"]))
        #expect(try colored(["--color", "always"], ["NO_COLOR": "1", "TERM": "dumb"]))
    }

    @Test func colourCodesDoNotCountTowardsTheWidth() throws {
        let long =
            "Bridge\n\nThe old bridge over the wide river" + String(repeating: ", and the old road by the mill", count: 12) + " fell.\n"
        let space = try Workspace(["a.txt": long])
        for columns in ["60", "120"] {
            let plain = try space.run(["audit", "a.txt", "--color", "never"], environment: ["COLUMNS": columns]).stdout
            let painted = try space.run(["audit", "a.txt", "--color", "always"], environment: ["COLUMNS": columns]).stdout
            #expect(Self.plain(painted) == plain, "same lines with and without colour at \(columns) columns")
            let widest = plain.split(separator: "\n").map(\.count).max() ?? 0
            #expect(widest <= Int(columns)! && widest > Int(columns)! - 15, "\(widest) for \(columns)")
        }
    }

    @Test func quietDropsWarnings() throws {
        let space = try Workspace(["a.txt": "Title\n\nAnna Berg said itâ€™s safe.\n", "news/b.txt": Workspace.good])
        #expect(try space.run(["audit", "a.txt"]).stderr.contains("warning"))
        #expect(try space.run(["audit", "a.txt", "--quiet"]).stderr.isEmpty)
        // A symlink back into the walked folder is skipped with a warning.
        try FileManager.default.createSymbolicLink(
            atPath: space.root.appendingPathComponent("news/loop").path, withDestinationPath: space.root.path)
        #expect(try space.run(["score", "news"]).stderr.contains("warning"))
        #expect(try space.run(["score", "news", "-q"]).stderr.isEmpty)
    }

    @Test func ruleIdsAndRuleTextAreShownToo() throws {
        let rule =
            "version: 1\nkind: hedge\npattern: '\\b(?<cue>reportedly)\\b'\nexplain: \"Bell \\a here.\"\n"
            + "examples:\n  match:\n    - \"It ⟦reportedly⟧ fell.\"\n"
        let space = try Workspace(["evil/x\u{1B}[31m.yml": rule])
        let list = try space.run(["rules", "list", "--rules", "evil"])
        #expect(list.code == 0, "\(list.stderr)")
        #expect(list.stdout.contains("x\\x1b[31m") && !list.stdout.contains("\u{1B}"), "\(list.stdout)")
        let explain = try space.run(["explain", "x\u{1B}[31m", "--rules", "evil"])
        #expect(explain.stdout.contains("Bell \\x07 here.") && !explain.stdout.contains("\u{07}"), "\(explain.stdout)")
    }
}
