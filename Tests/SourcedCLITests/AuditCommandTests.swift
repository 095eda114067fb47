import Foundation
import TestSupport
import Testing

extension Checkout {
    /// Runs `sourced ARGS` from the checkout, with the bundled rule pack.
    static func run(_ arguments: [String], input: Data? = nil) throws -> CLI.Result {
        try CLI.run(arguments, in: root, input: input)
    }
}

/// `sourced audit`, `rules test` and `explain` end to end: shapes, exit codes, output files.
@Suite struct AuditCommandTests {
    static let samples = ["txt", "md", "html"].map { "Samples/putin-kim-vostochny.\($0)" }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: samples)
    func sampleJSONHasTheSourced1Shape(_ sample: String) throws {
        let result = try Checkout.run(["audit", sample, "--format", "json"])
        #expect(result.code == 0, "\(result.stderr)")
        let object = try Self.json(result.stdout)
        #expect(
            Set(object.keys).isSuperset(of: [
                "schema", "document", "segments", "counts", "warnings", "score", "measures", "sources", "claims",
            ]))
        #expect(object["schema"] as? String == "sourced/1")
        let document = try #require(object["document"] as? [String: Any])
        let bytes = try FileManager.default.attributesOfItem(atPath: Checkout.root.appendingPathComponent(sample).path)[.size] as? Int
        #expect(document["path"] as? String == sample && document["bytes"] as? Int == bytes)
        let segments = try #require(object["segments"] as? [[String: Any]])
        #expect(!segments.isEmpty)
        for segment in segments {
            for key in ["start", "end", "line", "column", "text", "kind", "tag", "attribution", "hedges", "rules"] {
                #expect(segment[key] != nil, "\(key)")
            }
            #expect(["title", "heading", "boilerplate", "sentence"].contains(segment["kind"] as? String ?? ""))
            #expect((segment["start"] as? Int ?? -1) <= (segment["end"] as? Int ?? -2))
        }
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts["sentences"] == segments.filter { $0["kind"] as? String == "sentence" }.count)
        let score = try #require(object["score"] as? [String: Any])
        #expect(score["value"] is Double && score["display"] is String)
    }

    @Test func theThreeSampleFormatsGiveTheSameTagsAndScore() throws {
        var seen: [(tags: [String], score: String)] = []
        for sample in Self.samples {
            let object = try Self.json(try Checkout.run(["audit", sample, "--format", "json"]).stdout)
            let segments = try #require(object["segments"] as? [[String: Any]])
            let tags = segments.filter { $0["kind"] as? String == "sentence" }.map { $0["tag"] as? String ?? "-" }
            seen.append((tags, (object["score"] as? [String: Any])?["display"] as? String ?? ""))
        }
        #expect(seen[1].tags == seen[0].tags && seen[2].tags == seen[0].tags)
        #expect(seen[1].score == seen[0].score && seen[2].score == seen[0].score)
    }

    @Test(
        arguments: [
            ("missing.txt", nil, "missing.txt: no such file"),
            ("empty.txt", Data(), "empty.txt: no text"),
            ("blank.txt", Data(" \n\t\n".utf8), "blank.txt: no text"),
            ("binary.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]), "binary.txt: binary file, not an article"),
        ] as [(String, Data?, String)])
    func badInputsExitTwo(_ name: String, _ contents: Data?, _ message: String) throws {
        let space = try Workspace()
        if let contents { try space.write(name, contents) }
        let result = try space.run(["audit", name])
        #expect(result.code == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix("sourced: error: \(message)") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test func tooLargeNamesTheLimit() throws {
        let space = try Workspace(["a.txt": Workspace.good])
        let result = try space.run(["audit", "a.txt", "--max-bytes", "16"])
        #expect(result.code == 2)
        #expect(
            result.stderr.contains(
                "a.txt: file too large, \(Workspace.good.utf8.count) bytes (the limit is 16 bytes; raise it with --max-bytes)"))
        #expect(try space.run(["audit", "a.txt", "--max-bytes", "\(Workspace.good.utf8.count)"]).code == 0)
    }

    /// An endless standard input is refused one byte past the limit, not buffered to its end.
    @Test func endlessStandardInputIsRefusedAtTheLimit() throws {
        let space = try Workspace(["a.txt": Workspace.good])
        let command = "yes 'The minister said so.' | timeout 60 \"$0\" audit - --max-bytes 4096; echo \"exit $?\" >&2"
        let result = try CLI.run(["-c", command, CLI.binary.path], in: space.root, shell: true)
        #expect(result.stderr.contains("exit 2"))
        #expect(result.stderr.contains("<stdin>: file too large, more than 4096 bytes"))
    }

    @Test(arguments: [
        [String](), ["a.txt", "--jsonl", "-"], ["a.txt", "--format", "pdf"], ["a.txt", "--template", "t.mustache"],
        ["--jsonl", "-", "--output", "x.json"], ["a.txt", "--max-bytes", "lots"],
    ])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let result = try Workspace(["a.txt": Workspace.good]).run(["audit"] + arguments)
        #expect(result.code == 64, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func outputIsWrittenWholeAndNeverOverAnInput() throws {
        let space = try Workspace(["a.txt": Workspace.good, "report.json": "old report"])
        let printed = try space.run(["audit", "a.txt", "--format", "json"])
        let written = try space.run(["audit", "a.txt", "--format", "json", "--output", "report.json"])
        #expect(written.code == 0 && written.stdout.isEmpty, "\(written.stderr)")
        #expect(try space.read("report.json") == printed.stdout)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: space.root.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        let refused = try space.run(["audit", "a.txt", "--output", "a.txt"])
        #expect(refused.code == 2)
        #expect(refused.stderr.contains("a.txt: refusing to overwrite an input file"))
        #expect(try space.read("a.txt") == Workspace.good)
        try FileManager.default.createSymbolicLink(atPath: space.root.appendingPathComponent("link.txt").path, withDestinationPath: "a.txt")
        #expect(try space.run(["audit", "a.txt", "--output", "link.txt"]).code == 2)
        #expect(try space.read("a.txt") == Workspace.good)
    }

    @Test func rulesTestPassesOnTheBundledPackAndFailsOnABrokenExample() throws {
        let bundled = try Checkout.run(["rules", "test"])
        #expect(bundled.code == 0, "\(bundled.stdout)")
        #expect(bundled.stdout.hasSuffix(" passed, 0 failed\n"))
        let space = try Workspace([
            "broken/attributed/whisper.yml": """
            version: 1
            kind: attribution
            source: named
            explain: Broken on purpose, the example says said and the pattern wants whispered.
            pattern: '(?<source>Anna Berg)\\s+(?<cue>whispered)'
            examples:
              match:
                - "⟪Anna Berg⟫ ⟦said⟧ so."
            """
        ])
        let broken = try CLI.run(["rules", "test", "broken"], in: space.root)
        #expect(broken.code == 1)
        #expect(broken.stdout.contains("FAIL broken/attributed/whisper.yml:8: attributed.whisper:"), "\(broken.stdout)")
        #expect(broken.stdout.hasSuffix(" passed, 1 failed\n"))
    }

    @Test func rulesTokensShowsClassesAndPhrases() throws {
        let shown = try Checkout.run(["rules", "tokens", "But Kremlin spokesperson Dmitry Peskov made clear that no deal was signed."])
        #expect(shown.code == 0)
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first { $0.hasPrefix("But ") }?.contains("conjunctions") == true)
        #expect(lines.first { $0.hasPrefix("Kremlin ") }?.contains("{source") == true)
        #expect(lines.first { $0.hasPrefix("Peskov ") }?.contains("…source") == true)
        #expect(lines.first { $0.hasPrefix("clear ") }?.contains("More") == true)
    }

    @Test func explainKnownAndUnknownRules() throws {
        let known = try Checkout.run(["explain", "speculative.possibility"])
        #expect(known.code == 0)
        #expect(known.stdout.hasPrefix("speculative.possibility  (hedge, argues speculative)"))
        #expect(known.stdout.contains("matches:") && known.stdout.contains("⟦appear⟧"))
        #expect(known.stdout.contains("runs only on sentences containing, in any case (found in the pattern): apparent, apparently,"))
        let fallback = try Checkout.run(["explain", "attributed.speech-word"])
        #expect(fallback.stdout.contains("fallback: runs only on a sentence no other rule attributes or hedges"))
        let unknown = try Checkout.run(["explain", "speculative.nope"])
        #expect(unknown.code == 2 && unknown.stdout.isEmpty)
        #expect(unknown.stderr == "sourced: error: unknown rule 'speculative.nope' (see 'sourced rules list')\n")
    }
}

@Suite struct AuditSuppressionTests {
    static let article = "Bridge News\n\nThe bridge fell.\n\n<!-- sourced-ignore-next: wire copy -->\nIt was old.\n"

    @Test func auditShowsWhatCheckSilences() throws {
        let space = try Workspace(["a.md": Self.article])
        let audit = try space.run(["audit", "a.md", "--format", "json"])
        #expect(audit.code == 0, "\(audit.stderr)")
        let object = try AuditCommandTests.json(audit.stdout)
        let segments = try #require(object["segments"] as? [[String: Any]])
        let old = try #require(segments.first { $0["text"] as? String == "It was old." })
        #expect(old["suppressed"] as? String == "wire copy" && old["tag"] as? String == "unattributed")
        #expect(segments.first { $0["text"] as? String == "The bridge fell." }?["suppressed"] == nil)
        let check = try space.run(["check", "a.md", "--format", "github"])
        #expect(check.stdout.contains("The bridge fell.") && !check.stdout.contains("It was old."), "\(check.stdout)")
        #expect(try space.run(["check", "a.md"]).stdout.contains("1 claim(s) suppressed"))
    }
}

/// A newsroom's runaway patterns (a block rule, a claim cue) cost that pattern on that block or
/// sentence, with a warning in the report; `audit` still analyses the article (it used to exit 2).
@Test func runawayBlockRulesAndClaimCuesAreWarningsInTheReport() throws {
    let boilerplate = "version: 1\nkind: boilerplate\npattern: '^(?:a|aa)+$'\nexamples:\n  match:\n    - \"⟦aaaa⟧\"\n"
    let claims = """
        version: 1
        tags:
          speculative: {weight: 1, reason: hedged claim}
          unattributed: {weight: 0, reason: no source}
        cues:
          - {name: runaway, weight: 2, reason: runs away, pattern: '(?:a|aa)+c'}
        """
    let runaway = String(repeating: "a", count: 60) + "b"
    let space = try Workspace([
        "rules/boilerplate/runaway.yml": boilerplate, "rules/claims.yml": claims,
        "a.txt": "Bridge opens\n\n\(runaway)\n\nAnna Berg said the bridge is safe. Then \(runaway) came.\n",
    ])
    let result = try space.run(["audit", "a.txt", "--format", "json"])
    #expect(result.code == 0, "\(result.stderr)")
    let warnings = try #require(try space.json(result.stdout)["warnings"] as? [String])
    #expect(warnings.contains("rule 'boilerplate.runaway' hit the pattern match limit on 1 block(s) and was skipped there"))
    #expect(warnings.contains("rule 'claims.runaway' hit the pattern match limit on 1 sentence(s) and was skipped there"), "\(warnings)")
}
