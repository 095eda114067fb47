import Testing

@testable import SourcedCore
@testable import SourcedReports

@Suite struct CheckReportTests {
    @Test func sarifHelpLinksBecomeAbsoluteWithADocsURL() throws {
        let driver = SARIFReporter(toolVersion: "1", docsBaseURL: "https://example.org/repo/blob/abc").driver()
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.first?["helpUri"] as? String == "https://example.org/repo/blob/abc/docs/rules.md#sourced-min-score")
        #expect(driver["informationUri"] as? String == "https://example.org/repo/blob/abc/README.md")
        #expect(SARIFReporter(toolVersion: "1").driver()["informationUri"] == nil)
    }

    @Test func githubEscaping() {
        #expect(GitHubReporter.escapeData("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b")
        #expect(GitHubReporter.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }

    @Test func junitEscapingShowsForbiddenCharacters() {
        #expect(JUnitReporter.escape("<a href=\"x\">&'\u{1}\n") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;\\u{1}&#10;")
    }

    @Test func thresholdsComparedOnTheFigureShown() {
        var counts = TagCounts([])
        counts.tags = [.attributed: 1, .speculative: 1, .unattributed: 1]
        let score = SourcingScore(tenths: 433, sentences: 3)
        let article = ArticleSummary(path: "a.txt", bytes: 1, score: score, counts: counts, claims: [])
        let batch = BatchReport(articles: [article], failures: [])
        let at = Thresholds(minScore: Setting(43.3, origin: "test"))
        #expect(CheckEvaluator().evaluate(batch, thresholds: ["a.txt": at], corpus: Thresholds()).exitCode == 0)
        let above = Thresholds(minScore: Setting(43.31, origin: "test"))
        let report = CheckEvaluator().evaluate(batch, thresholds: ["a.txt": above], corpus: Thresholds())
        #expect(report.exitCode == 1)
        #expect(report.errors.first?.message == "sourcing score 43.3 is below the minimum 43.31 (test)")
        // The check and SourcingScore.meets apply the same rule.
        #expect(score.meets(43.3) == true && score.meets(43.31) == false)
    }

    @Test func rankingPutsErrorsAndWorstArticlesFirst() {
        let findings = [
            Finding(rule: .unattributedClaim, message: "", path: "b", fingerprint: "1", score: 10),
            Finding(rule: .minScore, message: "", path: "c", fingerprint: "2", score: 50),
            Finding(rule: .minScore, message: "", path: "a", fingerprint: "3", score: 20),
        ]
        #expect(Finding.ranked(findings).map(\.path) == ["a", "c", "b"])
    }
}
