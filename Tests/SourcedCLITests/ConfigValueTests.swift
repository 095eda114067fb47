import Foundation
import Testing

/// Config values that parse but would silently do nothing: a misspelt rule id in
/// `rules.disabled`, a glob fnmatch would read otherwise than written. Each is a one-line
/// error naming the config file and line, exit 2, for every command that reads the config.
@Suite struct ConfigValueTests {
    @Test(arguments: ["audit", "score", "check"])
    func anUnknownDisabledRuleIsAnError(_ command: String) throws {
        let config = "rules:\n  disabled:\n    - speculative.reportedly\n    - speculative.reportedy\n"
        let space = try Workspace([".sourced.yml": config, "a.txt": Workspace.good])
        let result = try space.run([command, "a.txt"])
        #expect(result.code == 2)
        let message =
            "sourced: error: .sourced.yml:4:7: unknown rule 'speculative.reportedy' in rules.disabled "
            + "(did you mean 'speculative.reportedly'?)\n"
        #expect(result.stderr == message)
    }

    @Test func anIdFarFromAnyRuleSaysWhereTheIdsAre() throws {
        let space = try Workspace([".sourced.yml": "rules:\n  disabled: [nothing.like.it]\n", "a.txt": Workspace.good])
        let result = try space.run(["score", "a.txt"])
        #expect(result.code == 2)
        #expect(
            result.stderr.contains(
                ".sourced.yml:2:14: unknown rule 'nothing.like.it' in rules.disabled ('sourced rules list' shows the ids)"))
    }

    @Test func aRuleOfTheConfigsOwnFolderMayBeDisabled() throws {
        let rule = "version: 1\nkind: hedge\npattern: '(?<cue>\\bmaybe\\b)'\nexamples:\n  match:\n    - \"⟦maybe⟧ so\"\n"
        let config = "rules:\n  extra: [house]\n  disabled: [speculative.maybe]\n"
        let space = try Workspace([".sourced.yml": config, "house/speculative/maybe.yml": rule, "a.txt": Workspace.good])
        let result = try space.run(["score", "a.txt"])
        #expect(result.code == 0, "\(result.stderr)")
    }

    @Test(arguments: [
        (
            "exclude: [\"drafts/[a\"]\n",
            ".sourced.yml:1:11: bad value 'drafts/[a' for 'exclude' (not a valid glob: '[' at 8 is never closed"
        ),
        (
            "exclude:\n  - ok/*\n  - \"docs**\"\n",
            ".sourced.yml:3:5: bad value 'docs**' for 'exclude' (not a valid glob: '**' spans folders"
        ),
        ("exclude: ['a\\']\n", ".sourced.yml:1:11: bad value 'a\\' for 'exclude' (not a valid glob: ends in a lone '\\'"),
        ("exclude: ['']\n", ".sourced.yml:1:11: bad value '' for 'exclude' (not a valid glob: an empty pattern matches nothing)"),
        (
            "overrides:\n  - files: \"opinion/[\"\n    thresholds:\n      min-score: 10\n",
            ".sourced.yml:2:12: bad value 'opinion/[' for 'files' (not a valid glob"
        ),
        (
            "overrides:\n  - files: [a.txt, \"**x\"]\n    thresholds:\n      min-score: 10\n",
            ".sourced.yml:2:20: bad value '**x' for 'files' (not a valid glob"
        ),
    ])
    func aMalformedGlobIsAnError(_ yaml: String, _ message: String) throws {
        let space = try Workspace([".sourced.yml": yaml, "a.txt": Workspace.good])
        let result = try space.run(["score", "a.txt"])
        #expect(result.code == 2)
        #expect(result.stderr.hasPrefix("sourced: error: " + message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}

@Test func aMalformedGlobOptionIsAUsageError() throws {
    let space = try Workspace(["a.txt": Workspace.good])
    let result = try space.run(["score", ".", "--exclude", "drafts/[a"])
    #expect(result.code == 64)
    #expect(result.stderr.contains("--exclude 'drafts/[a' is not a valid glob ('[' at 8 is never closed"), "\(result.stderr)")
}
