import Foundation
import Testing

@Suite struct ConfigTests {
    static let root = """
        version: 1
        thresholds:
          min-score: 50
        overrides:
          - files: "opinion/*"
            thresholds:
              min-score: 10
        """

    @Test func nearestConfigWinsAndOverridesApply() throws {
        let space = try Workspace([
            ".sourced.yml": Self.root, "news/poor.txt": Workspace.poor, "opinion/poor.txt": Workspace.poor,
            "strict/.sourced.yml": "thresholds:\n  min-score: 100\n", "strict/good.txt": Workspace.good,
            "strict/poor.txt": Workspace.poor,
        ])
        let result = try space.run(["check", "news", "opinion", "strict"])
        #expect(result.code == 1)
        #expect(result.stdout.contains("news/poor.txt:1:1: error: sourcing score 33.3 is below the minimum 50 (.sourced.yml:3:14)"))
        #expect(!result.stdout.contains("opinion/poor.txt:1:1"))
        #expect(
            result.stdout.contains("strict/poor.txt:1:1: error: sourcing score 33.3 is below the minimum 100 (strict/.sourced.yml:2:14)"))
        #expect(!result.stdout.contains("strict/good.txt:1:1"))
    }

    @Test func flagsBeatConfigAndExplicitConfigBeatsDiscovery() throws {
        let space = try Workspace([
            ".sourced.yml": Self.root, "other.yml": "thresholds:\n  min-score: 90\n", "news/poor.txt": Workspace.poor,
        ])
        #expect(try space.run(["check", "news", "--min-score", "30"]).code == 0)
        let explicit = try space.run(["check", "news", "--config", "other.yml"])
        #expect(explicit.stdout.contains("below the minimum 90 (other.yml:2:14)"))
        let environment = try space.run(["check", "news"], environment: ["SOURCED_CONFIG": "other.yml"])
        #expect(environment.stdout.contains("below the minimum 90 (other.yml:2:14)"))
    }

    @Test func configShowPrintsValuesAndOrigins() throws {
        let space = try Workspace([
            ".sourced.yml": Self.root + "\nrules:\n  disabled: [speculative.reportedly]\n", "opinion/a.txt": Workspace.poor,
        ])
        let result = try CLI.run(["config", "show", "opinion/a.txt"], in: space.root)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("config file: .sourced.yml"))
        #expect(result.stdout.contains("thresholds.min-score: 10  (.sourced.yml:7:18)"))
        #expect(result.stdout.contains("rules.disabled: speculative.reportedly  (.sourced.yml:9:14)"))
        #expect(result.stdout.contains("weights.vague: 0.3  ("))
        #expect(result.stdout.contains("Rules/scoring.yml)"))
    }

    @Test func configDisablesRulesAndExcludesFiles() throws {
        let config = "rules:\n  disabled: [speculative.reportedly]\nexclude: [\"drafts/*\"]\n"
        let space = try Workspace([".sourced.yml": config, "poor.txt": Workspace.poor, "drafts/bad.txt": Workspace.bad])
        let result = try space.run(["score", ".", "--format", "csv"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("poor.txt,33.3,3,1,0,2,"))
        #expect(!result.stdout.contains("drafts/bad.txt"))
    }

    @Test(arguments: [
        ("thresholds:\n  min-score: high\n", ".sourced.yml:2:14: 'min-score' must be a number"),
        ("thresholds:\n  min-score: 120\n", ".sourced.yml:2:14: bad value '120' for 'min-score' (expected 0.0 to 100.0)"),
        ("exclude: drafts\n", ".sourced.yml:1:10: 'exclude' must be a list of strings"),
        ("colour: red\n", ".sourced.yml:1:1: unknown key 'colour'"),
    ])
    func strictConfigErrors(_ yaml: String, _ message: String) throws {
        let space = try Workspace([".sourced.yml": yaml, "a.txt": Workspace.good])
        let result = try space.run(["score", "a.txt"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("sourced: error: " + message), "\(result.stderr)")
    }
}

@Suite struct ScoreSeamTests {
    /// One attributed to a named source, one to a vague one ("Some experts said"), one bare claim.
    static let rules = """
        version: 1
        kind: attribution
        source: vague
        pattern: '(?<source>\\bSome experts)\\s+(?<cue>said)\\b'
        examples:
          match:
            - "⟪Some experts⟫ ⟦said⟧ so."
        """
    static let article = "Bridge shakes\n\nAnna Berg said the bridge is safe. Some experts said it sways. It sways.\n"

    func figures(_ space: Workspace, _ extra: [String] = []) throws -> (audit: String, score: String, check: String) {
        let audit = try space.run(["audit", "a.txt", "--format", "json"] + extra)
        let score = try space.run(["score", "a.txt", "--format", "csv"] + extra)
        let check = try space.run(["check", "a.txt", "--min-score", "99"] + extra)
        let object = try space.json(audit.stdout)
        let display = try #require((object["score"] as? [String: Any])?["display"] as? String)
        let csv = try #require(score.stdout.split(separator: "\n").last).split(separator: ",")[1]
        return (display, String(csv), check.stdout)
    }

    @Test func auditScoreAndCheckShowOneFigure() throws {
        let space = try Workspace(["a.txt": Self.article, "rules/attributed/experts.yml": Self.rules])
        let shown = try figures(space)
        // (1 + 0.3 + 0) / 3 with the bundled Rules/scoring.yml.
        #expect(shown.audit == "43.3" && shown.score == "43.3")
        #expect(shown.check.contains("sourcing score 43.3 is below the minimum 99"))
    }

    @Test func configWeightsApplyToAuditScoreAndCheck() throws {
        let space = try Workspace([
            "a.txt": Self.article, "rules/attributed/experts.yml": Self.rules, ".sourced.yml": "weights:\n  vague: 0.6\n",
        ])
        let shown = try figures(space)
        #expect(shown.audit == "53.3" && shown.score == "53.3")
        #expect(shown.check.contains("sourcing score 53.3 is below the minimum 99"))
        let config = try CLI.run(["config", "show", "a.txt"], in: space.root)
        #expect(config.stdout.contains("weights.vague: 0.6  (.sourced.yml:2:10)"))
        #expect(config.stdout.contains("weights.named: 1  ("))
    }

    @Test func wrongWeightKeysAreConfigErrors() throws {
        let space = try Workspace(["a.txt": Self.article, ".sourced.yml": "weights:\n  speculative: 0.5\n"])
        let result = try space.run(["audit", "a.txt"])
        #expect(result.code == 2)
        #expect(
            result.stderr.contains(
                "sourced: error: .sourced.yml:2:3: unknown key 'speculative' "
                    + "(expected: named, document, anonymous, pronoun, unresolved-pronoun, vague)"
            ))
    }
}
