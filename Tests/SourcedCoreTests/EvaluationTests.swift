import Foundation
import TestSupport
import Testing

@testable import SourcedCore

/// Writes `files` (name → contents) into a fresh temporary folder and returns its path.
private func tempFolder(_ files: [String: String]) throws -> String { try temporaryFolder(files, prefix: "eval") }

private func parse(_ text: String, file: String = "dev.labels.jsonl") throws(EvalError) -> [GoldLabel] {
    try GoldLabelsFile.parse(Array(text.utf8), file: file, folder: "")
}

@Suite struct SegmentAlignerTests {
    @Test func goldSplitsOneToolSentenceInTwo() {
        let tool = [ByteSpan(0, 20), ByteSpan(21, 40)]
        let gold = [ByteSpan(0, 10), ByteSpan(11, 20), ByteSpan(21, 40)]
        #expect(SegmentAligner.align(gold, to: tool) == [0, 0, 1])
    }

    @Test func toolSplitsOneGoldSentenceInTwo() {
        let tool = [ByteSpan(0, 10), ByteSpan(11, 20), ByteSpan(21, 40)]
        // 10 bytes in the first, 9 in the second: the larger overlap wins.
        #expect(SegmentAligner.align([ByteSpan(0, 20)], to: tool) == [0])
        #expect(SegmentAligner.align([ByteSpan(5, 20)], to: tool) == [1])
        #expect(SegmentAligner.align([ByteSpan(15, 40)], to: tool) == [2])
    }

    @Test func noOverlapIsUnaligned() {
        #expect(SegmentAligner.align([ByteSpan(10, 12), ByteSpan(50, 60)], to: [ByteSpan(0, 10), ByteSpan(12, 20)]) == [nil, nil])
        #expect(SegmentAligner.align([ByteSpan(0, 5)], to: []) == [nil])
    }
}

@Suite struct ScoreTests {
    @Test func binaryFiguresMatchAHandComputedConfusion() {
        var score = BinaryScore()
        for _ in 0..<3 { score.add(gold: true, predicted: true) }
        score.add(gold: false, predicted: true)
        for _ in 0..<2 { score.add(gold: true, predicted: false) }
        for _ in 0..<4 { score.add(gold: false, predicted: false) }
        #expect(score.total == 10)
        #expect(abs(score.accuracy - 0.7) < 1e-9)
        #expect(abs(score.positive.precision - 0.75) < 1e-9)
        #expect(abs(score.positive.recall - 0.6) < 1e-9)
        #expect(abs(score.positive.f1 - 2.0 / 3.0) < 1e-9)
        #expect(abs(score.negative.precision - 4.0 / 6.0) < 1e-9)
        #expect(abs(score.negative.recall - 0.8) < 1e-9)
        #expect(abs(score.negative.f1 - 8.0 / 11.0) < 1e-9)
        #expect(abs(score.macroF1 - (2.0 / 3.0 + 8.0 / 11.0) / 2) < 1e-9)
        #expect(score.positive.support == 5)
    }

    @Test func tagConfusionAndAlso() {
        var score = TagScore()
        score.add(gold: .attributed, predicted: .attributed)
        score.add(gold: .attributed, predicted: .speculative, also: [.speculative])
        score.add(gold: .unattributed, predicted: .attributed)
        score.add(gold: .speculative, predicted: .speculative)
        #expect(score.count(gold: .attributed, predicted: .speculative) == 1)
        #expect(score.acceptedViaAlso == 1)
        #expect(score.accuracy == 0.5)
        #expect(score.acceptedAccuracy == 0.75)
        #expect(score.score(.attributed) == ClassScore(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(score.score(.speculative).precision == 0.5)
        #expect(score.score(.speculative).recall == 1)
    }

    @Test func emptyScoresAreZeroNotNaN() {
        #expect(BinaryScore().accuracy == 0)
        #expect(TagScore().score(.attributed).f1 == 0)
    }
}

@Suite struct GoldLabelsFileTests {
    @Test func readsBothLineShapesAndSkipsBlankLines() throws {
        let labels = try parse(
            """
            {"doc": "a.txt", "start": 0, "end": 5, "segment": "title", "why": "ignored"}

            {"doc": "a.txt", "start": 6, "end": 20, "tag": "attributed", "also": ["speculative"]}
            {"id": "s1", "text": "It may rain.", "speculative": true, "cues": ["may"]}
            """)
        #expect(labels.count == 3)
        #expect(labels[1].line == 3)
        #expect(labels[1].location == .article(document: "a.txt", path: "a.txt", span: ByteSpan(6, 20), segment: .body))
        #expect(labels[1].also == [.speculative])
        #expect(labels[2].location == .standalone(id: "s1", text: "It may rain."))
        #expect(labels[2].speculative == true)
        #expect(!labels[0].isScored && labels[1].isScored && labels[2].isScored)
    }

    @Test(arguments: [
        ("{\"doc\": \"a.txt\", \"start\": \"x\", \"end\": 4}", "dev.labels.jsonl:2: 'start' must be a whole number"),
        ("{\"doc\": \"a.txt\", \"start\": 1.5, \"end\": 4}", "dev.labels.jsonl:2: 'start' must be a whole number"),
        ("{\"doc\": \"a.txt\", \"end\": 4}", "dev.labels.jsonl:2: 'start' is missing (a 'doc' line needs 'start' and 'end')"),
        ("{\"doc\": \"a.txt\", \"start\": 5, \"end\": 4}", "dev.labels.jsonl:2: 'end' 4 is before 'start' 5"),
        ("{\"text\": \"x\", \"tag\": \"maybe\"}", "dev.labels.jsonl:2: 'tag' must be one of attributed, speculative, unattributed"),
        ("{\"text\": \"x\", \"attributed\": \"yes\"}", "dev.labels.jsonl:2: 'attributed' must be true or false"),
        ("{\"id\": \"x\"}", "dev.labels.jsonl:2: needs 'doc' with 'start' and 'end', or 'text'"),
        ("[1, 2]", "dev.labels.jsonl:2: not a JSON object"),
    ])
    func malformedLineNamesFileAndLine(line: String, message: String) {
        let text = "{\"text\": \"fine\", \"speculative\": false}\n" + line + "\n"
        #expect(throws: EvalError.self) { try parse(text) }
        do {
            _ = try parse(text)
        } catch {
            #expect(error.localizedDescription == message)
        }
    }

    @Test func brokenJSONNamesTheLine() {
        do {
            _ = try parse("{\"text\": \"a\"}\n{\"text\": \"b\"\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.localizedDescription.hasPrefix("dev.labels.jsonl:2: not a JSON object"))
        }
    }
}

@Suite struct EvaluationRunTests {
    /// Writes `files` (an article and `gold.labels.jsonl`) to a fresh folder and evaluates the labels.
    func evaluate(_ files: [String: String], errorLimit: Int = 0) throws -> (folder: String, run: Evaluation.Run, report: EvaluationReport)
    {
        let folder = try tempFolder(files)
        let labels = try GoldLabelsFile.load(folder + "/gold.labels.jsonl")
        let run = try Evaluation(pack: Package.pack, workers: 1).run([labels])
        let report = EvaluationReport(name: "gold", outcomes: run.outcomes[0], pack: Package.pack, errorLimit: errorLimit)
        return (folder, run, report)
    }

    @Test func standaloneLinesAreScored() throws {
        let labels = try parse(
            """
            {"id": "a", "text": "Peskov said the leaders discussed satellites.", "attributed": true, "speculative": false}
            {"id": "b", "text": "The leaders may discuss satellites.", "speculative": true}
            {"id": "c", "text": "The leaders inspected the satellites.", "attributed": false, "speculative": false}
            """)
        let run = try Evaluation(pack: Package.pack, workers: 2).run([labels])
        let outcomes = run.outcomes[0]
        #expect(outcomes.map(\.kind) == [.sentence, .sentence, .sentence])
        #expect(outcomes.map(\.attributed) == [true, false, false])
        #expect(outcomes.map(\.speculative) == [false, true, false])
        let report = EvaluationReport(name: "t", outcomes: outcomes, pack: Package.pack, errorLimit: 1)
        #expect(report.speculative?.accuracy == 1)
        #expect(report.attributed?.accuracy == 1)
        #expect(report.segment == nil)
        #expect(report.rules.allSatisfy { $0.precision == 1 })
    }

    @Test func aLoneClosingQuoteIsNotScored() throws {
        let article = "Title\n\n“The talks went well,” Peskov said.”\n"
        let quote = Array(article.utf8).count - "”\n".utf8.count
        let (_, _, report) = try evaluate([
            "a.txt": article,
            "gold.labels.jsonl": """
            {"doc": "a.txt", "start": 7, "end": \(quote), "segment": "body", "attributed": true}
            {"doc": "a.txt", "start": \(quote), "end": \(quote + 3), "segment": "body", "attributed": false}
            """,
        ])
        #expect(report.scored == 1)
        #expect(report.wordless == 1)
        #expect(report.attributed?.accuracy == 1)
    }

    @Test func articleLinesAlignInOriginalBytesAndErrorsAreListed() throws {
        let article = "Émigré Daily\n\nPeskov said the talks went well. The talks went well.\n"
        let sentence2 = Array(article.utf8).count - "The talks went well.\n".utf8.count
        let (folder, run, report) = try evaluate(
            [
                "articles/a.txt": article,
                "gold.labels.jsonl": """
                {"doc": "articles/a.txt", "start": 0, "end": 13, "segment": "title"}
                {"doc": "articles/a.txt", "start": 15, "end": \(sentence2 - 1), "segment": "body", "attributed": true}
                {"doc": "articles/a.txt", "start": \(sentence2), "end": \(sentence2 + 20), "segment": "body", "attributed": true}
                """,
            ], errorLimit: 5)
        #expect(run.failures.isEmpty)
        #expect(run.outcomes[0].map(\.text).last == "The talks went well.")
        #expect(report.scored == 2)
        #expect(report.segment?.total == 3)
        #expect(report.attributed?.truePositives == 1)
        #expect(report.attributed?.falseNegatives == 1)
        #expect(report.errors.map(\.type) == ["attributed: false negative"])
        #expect(report.errors.first?.examples.first?.location == folder + "/gold.labels.jsonl:3")
    }

    @Test func segmentDisagreementsAreListed() throws {
        let article = "Peskov said the talks went well.\n\nThe talks went well.\n"
        let (folder, run, report) = try evaluate(
            [
                "a.txt": article,
                "gold.labels.jsonl": """
                {"doc": "a.txt", "start": 0, "end": 32, "segment": "boilerplate"}
                {"doc": "a.txt", "start": 34, "end": 54, "segment": "body"}
                """,
            ], errorLimit: 5)
        let kinds = run.outcomes[0].map(\.kind)
        #expect(report.segment?.agreed == kinds.filter { $0 == .sentence }.count)
        let wrong = report.errors.first { $0.type.hasPrefix("segment: boilerplate as ") }
        #expect(wrong?.count == 1)
        #expect(wrong?.examples.first?.location == folder + "/gold.labels.jsonl:1")
        #expect(!report.errors.contains { $0.type.hasPrefix("segment: body") })
    }

    @Test func missingDocumentIsNamed() throws {
        let folder = try tempFolder(["x.labels.jsonl": "{\"doc\": \"gone.txt\", \"start\": 0, \"end\": 3, \"attributed\": true}\n"])
        let labels = try GoldLabelsFile.load(folder + "/x.labels.jsonl")
        #expect(throws: EvalError.missingDocument(file: folder + "/x.labels.jsonl", line: 1, document: "gone.txt")) {
            try Evaluation(pack: Package.pack).run([labels])
        }
    }

    @Test func spanPastTheEndIsAnError() throws {
        let folder = try tempFolder(["a.txt": "Short.", "x.labels.jsonl": "{\"doc\": \"a.txt\", \"start\": 0, \"end\": 99}\n"])
        let labels = try GoldLabelsFile.load(folder + "/x.labels.jsonl")
        #expect(throws: EvalError.spanOutOfRange(file: folder + "/x.labels.jsonl", line: 1, document: "a.txt", end: 99, size: 6)) {
            try Evaluation(pack: Package.pack).run([labels])
        }
    }
}
