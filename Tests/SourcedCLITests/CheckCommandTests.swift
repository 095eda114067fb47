import Foundation
import Testing

@Suite struct CheckCommandTests {
    static let files = ["news/good.txt": Workspace.good, "news/poor.txt": Workspace.poor]

    @Test func passesWithExitZero() throws {
        let result = try Workspace(Self.files).run(["check", "news", "--min-score", "33.3"])
        #expect(result.code == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("passed: 2 of 2 article(s) pass"))
    }

    @Test func thresholdFailureExitsOneWithTheExactFigure() throws {
        let result = try Workspace(Self.files).run(["check", "news", "--min-score", "33.31", "--max-unattributed-share", "0.3"])
        #expect(result.code == 1)
        #expect(result.stdout.contains("news/poor.txt:1:1: error: sourcing score 33.3 is below the minimum 33.31 (--min-score)"))
        #expect(result.stdout.contains("unattributed share 0.333333 (1 of 3 sentences) is above the maximum 0.3"))
        #expect(!result.stdout.contains("news/good.txt:1:1: error"))
    }

    @Test func corpusMeanFails() throws {
        let result = try Workspace(Self.files).run(["check", "news", "--min-mean-score", "80"])
        #expect(result.code == 1)
        #expect(result.stdout.contains("mean sourcing score 66.7 over 2 articles is below the minimum 80"))
    }

    @Test func inputErrorExitsTwoAfterCheckingTheRest() throws {
        let space = try Workspace(Self.files)
        try space.write("news/broken.txt", Data([0xFF, 0x00, 0x01]))
        let result = try space.run(["check", "news", "--min-score", "99"])
        #expect(result.code == 2)
        #expect(result.stdout.contains("news/poor.txt:1:1: error"))
        #expect(result.stderr.contains("sourced: error: news/broken.txt: binary file"))
    }

    @Test(arguments: [
        ["--min-score", "101"], ["--max-unattributed-share", "1.5"], ["--min-mean-score", "-1"],
        ["--format", "sarif", "--format", "junit"], ["--format", "sarif=x.json", "--format", "gitlab=x.json"],
        ["--baseline", "b.json", "--write-baseline", "b.json"], ["--format", "pdf"], ["--jobs", "0"],
    ])
    func usageErrorsExitSixtyFour(_ flags: [String]) throws {
        let result = try Workspace(Self.files).run(["check", "news"] + flags)
        #expect(result.code == 64, "\(result.stderr)")
    }

    @Test func badConfigExitsTwoNamingFileLineAndColumn() throws {
        let space = try Workspace(Self.files.merging(["news/.sourced.yml": "thresholds:\n  min-scor: 50\n"]) { a, _ in a })
        let result = try space.run(["check", "news"])
        #expect(result.code == 2)
        #expect(
            result.stderr.contains(
                "news/.sourced.yml:2:3: unknown key 'min-scor' (expected: min-score, max-unattributed-share, min-mean-score)"))
    }

    @Test func suppressionSilencesTheNextBlock() throws {
        let article =
            "# Title line\n\n<!-- sourced-ignore-next: wire copy, checked by the desk -->\nThe bridge fell.\n\nNobody knows why.\n"
        let space = try Workspace(["story.md": article])
        let result = try space.run(["check", "story.md", "--format", "gitlab"])
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(issues.count == 1)
        #expect((issues.first?["description"] as? String)?.contains("Nobody knows why.") == true)
        let text = try space.run(["check", "story.md"])
        #expect(text.stdout.contains("1 claim(s) suppressed"))
    }

    @Test func suppressionWithoutReasonIsAnInputError() throws {
        let space = try Workspace(["story.md": "# Title line\n\n<!-- sourced-ignore-next -->\nThe bridge fell.\n"])
        let result = try space.run(["check", "story.md"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("story.md:3: 'sourced-ignore-next' needs a reason"))
    }

    @Test func baselineAcceptsTheArchiveButHoldsNewArticles() throws {
        let space = try Workspace(["archive/poor.txt": Workspace.poor])
        let recorded = try space.run(["check", "archive", "--min-score", "60", "--write-baseline", "baseline.json"])
        #expect(recorded.code == 0)
        #expect(try space.read("baseline.json").contains("sourced-baseline/1"))
        let accepted = try space.run(["check", "archive", "--min-score", "60", "--baseline", "baseline.json"])
        #expect(accepted.code == 0, "\(accepted.stdout)")
        #expect(accepted.stdout.contains("finding(s) accepted by the baseline"))
        try space.write("archive/new.txt", Workspace.bad)
        let held = try space.run(["check", "archive", "--min-score", "60", "--baseline", "baseline.json"])
        #expect(held.code == 1)
        #expect(held.stdout.contains("archive/new.txt:1:1: error"))
        #expect(!held.stdout.contains("archive/poor.txt:1:1: error"))
    }
}

/// A check that found nothing to check fails, unless asked not to (issue 17).
@Suite struct CheckNoInputTests {
    @Test func noMatchedFileExitsTwo() throws {
        let space = try Workspace(["news/a.txt": Workspace.good])
        let result = try space.run(["check", "news", "--exclude", "*.txt", "--min-score", "10"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("no files matched 'news'"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func theFlagLetsAnEmptyMatchPass() throws {
        let space = try Workspace(["news/a.txt": Workspace.good])
        let result = try space.run(["check", "news", "--exclude", "*.txt", "--allow-no-files"])
        #expect(result.code == 0, "\(result.stderr)")
    }
}
