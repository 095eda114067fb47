import Foundation
import Testing
@testable import SourcedCore

@Suite struct BatchCoreTests {
    static func counts(_ attributed: Int, _ speculative: Int, _ unattributed: Int) -> TagCounts {
        var counts = TagCounts([])
        counts.tags = [.attributed: attributed, .speculative: speculative, .unattributed: unattributed]
        return counts
    }

    @Test func temporaryScoreFormula() {
        #expect(ArticleScore.compute(Self.counts(3, 0, 0)) == 100)
        #expect(ArticleScore.compute(Self.counts(0, 0, 4)) == 0)
        #expect(ArticleScore.compute(Self.counts(1, 1, 1)) == 43.3)
        #expect(ArticleScore.compute(Self.counts(0, 0, 0)) == nil)
    }

    @Test func aggregateFigures() {
        let scores: [Double?] = [10, 20, 30, 40, 100, nil]
        let summaries = scores.enumerated().map { index, score in
            ArticleSummary(path: "\(index)", bytes: 1, score: score, counts: Self.counts(1, 0, 1), claims: [])
        }
        let aggregate = CorpusAggregate(summaries)
        #expect(aggregate.articles == 6 && aggregate.scored == 5)
        #expect(aggregate.mean == 40 && aggregate.median == 30 && aggregate.p10 == 10)
        #expect(aggregate.histogram.map(\.count) == [1, 2, 1, 0, 1])
        #expect(aggregate.tagShares[.attributed] == 0.5)
    }

    @Test(arguments: [
        ("*.txt", "a/b/c.txt", true), ("drafts", "news/drafts", true), ("opinion/*", "opinion/x/y.md", true),
        ("opinion/*", "news/opinion/y.md", false), ("**/drafts/*", "drafts/a.txt", true), ("*.md", "a.txt", false),
    ])
    func globs(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(relativePath: path) == expected)
    }

    @Test func fingerprintsAreStableAndIgnoreWrapping() {
        #expect(Fingerprint.make(["a", "b"]) == Fingerprint.make(["a", "b"]))
        #expect(Fingerprint.make(["a", "b"]) != Fingerprint.make(["ab"]))
        #expect(Fingerprint.make(["x"]) == "af63f54c86021707")  // FNV-1a 64 of "x": pinned, must never change
        #expect(Fingerprint.normalized("The  bridge\n fell.") == "The bridge fell.")
    }

    @Test func suppressionCoversTheNextParagraphOnly() throws {
        let text = "Intro.\n\n<!-- sourced-ignore-next: wire copy -->\nFirst line\nsecond line.\n\nNext paragraph.\n"
        let bytes = Array(text.utf8)
        let found = try Suppression.scan(bytes, path: "a.md")
        #expect(found.count == 1 && found[0].reason == "wire copy" && found[0].line == 3)
        let block = String(decoding: bytes[found[0].block], as: UTF8.self)
        #expect(block == "First line\nsecond line.")
        #expect(throws: SuppressionError.missingReason(path: "a.md", line: 1)) {
            try Suppression.scan(Array("<!-- sourced-ignore-next: -->\nx".utf8), path: "a.md")
        }
        #expect(try Suppression.scan(Array("<!-- other comment -->".utf8), path: "a.md").isEmpty)
    }

    @Test func workerPoolKeepsIndexOrder() {
        let results = WorkerPool(jobs: 4).map(count: 200) { index, _ in index * 2 }
        #expect(results == (0..<200).map { $0 * 2 })
    }

    @Test func configParserIsStrict() throws {
        let config = try ConfigParser(file: "c.yml").parse("""
            thresholds:
              min-score: 55
            overrides:
              - files: [opinion/*, "*.op.md"]
                thresholds: {max-unattributed-share: 0.5}
            weights: {speculative: 0.5}
            """)
        #expect(config.thresholds.minScore == Setting(55, origin: "c.yml:2:14"))
        #expect(config.overrides.first?.files.map(\.pattern) == ["opinion/*", "*.op.md"])
        #expect(config.weights["speculative"]?.value == 0.5)
        #expect(throws: ConfigError.unknownKey(file: "c.yml", line: 1, column: 11, key: "neutral", expected: ["attributed", "speculative", "unattributed"])) {
            try ConfigParser(file: "c.yml").parse("weights: {neutral: 1}")
        }
    }
}
