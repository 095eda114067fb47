import Foundation
import Testing

@testable import SourcedCore

@Suite struct BatchCoreTests {
    static func counts(_ attributed: Int, _ speculative: Int, _ unattributed: Int) -> TagCounts {
        var counts = TagCounts([])
        counts.tags = [.attributed: attributed, .speculative: speculative, .unattributed: unattributed]
        return counts
    }

    @Test func aggregateFigures() {
        let scores: [Int?] = [100, 200, 300, 400, 1000, nil]
        let summaries = scores.enumerated().map { index, tenths in
            ArticleSummary(
                path: "\(index)", bytes: 1, score: SourcingScore(tenths: tenths, sentences: 2), counts: Self.counts(1, 0, 1), claims: [])
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

    @Test func streamingPoolConsumesInOrderAndStaysWithinItsWindow() {
        let started = Counter()
        var consumed: [Int] = []
        var furthestAhead = 0
        WorkerPool(jobs: 3).forEachInOrder(count: 500, window: 8) { index, _ in
            started.record(index)
            if index % 7 == 0 { usleep(200) }  // uneven work, so later items finish first
            return index * 3
        } consume: { index, value in
            consumed.append(value)
            furthestAhead = max(furthestAhead, started.highest - index)
        }
        #expect(consumed == (0..<500).map { $0 * 3 })
        #expect(furthestAhead <= 8)
    }

    @Test func configWeightsOverrideTheScoringFile() throws {
        let base = ScoreWeights(document: 0.9, anonymous: 0.6, pronoun: 1, unresolvedPronoun: 0.5, vague: 0.3)
        let config = try ConfigParser(file: "c.yml").parse("weights:\n  vague: 0.1\n")
        let effective = EffectiveConfig(file: "c.yml", weights: config.weights)
        #expect(
            effective.scoreWeights(base: base)
                == ScoreWeights(document: 0.9, anonymous: 0.6, pronoun: 1, unresolvedPronoun: 0.5, vague: 0.1))
        let shown = effective.allWeights(base: base, baseOrigin: "Rules/scoring.yml")
        #expect(shown.map(\.key) == ScoreWeights.keys)
        #expect(shown.last?.setting == Setting(0.1, origin: "c.yml:2:10"))
        #expect(shown.first?.setting == Setting(1, origin: "Rules/scoring.yml"))
    }

    @Test func configParserIsStrict() throws {
        let config = try ConfigParser(file: "c.yml").parse(
            """
            thresholds:
              min-score: 55
            overrides:
              - files: [opinion/*, "*.op.md"]
                thresholds: {max-unattributed-share: 0.5}
            weights: {vague: 0.5, document: 0.8}
            """)
        #expect(config.thresholds.minScore == Setting(55, origin: "c.yml:2:14"))
        #expect(config.overrides.first?.files.map(\.pattern) == ["opinion/*", "*.op.md"])
        #expect(config.weights["vague"] == Setting(0.5, origin: "c.yml:6:18"))
        #expect(throws: YAMLError.unknownKey(file: "c.yml", line: 1, column: 11, key: "speculative", expected: ScoreWeights.keys)) {
            try ConfigParser(file: "c.yml").parse("weights: {speculative: 1}")
        }
        #expect(
            throws: YAMLError.badValue(
                file: "c.yml", line: 1, column: 18, key: "weights.named", value: "0.9", expected: "must be 1, the unit of the score")
        ) {
            try ConfigParser(file: "c.yml").parse("weights: {named: 0.9}")
        }
        #expect(
            throws: YAMLError.badValue(
                file: "c.yml", line: 1, column: 18, key: "weights.vague", value: "1", expected: "must be below 1, less than named")
        ) {
            try ConfigParser(file: "c.yml").parse("weights: {vague: 1}")
        }
        #expect(throws: YAMLError.self) { try ConfigParser(file: "c.yml").parse("weights: {document: 1.5}") }
    }
}

/// The highest index a worker has started, shared across threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = -1

    func record(_ index: Int) { lock.withLock { value = max(value, index) } }
    var highest: Int { lock.withLock { value } }
}
