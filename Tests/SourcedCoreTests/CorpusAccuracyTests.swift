import Foundation
import Testing

@testable import SourcedCore

/// Accuracy floors on the development corpus beside the project (`../shared/corpus`).
/// They guard against rule changes that quietly lose accuracy; the published figures are
/// in BENCHMARKS.md. Skipped on a fresh clone, where the corpus is absent.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Package.corpus), "needs ../shared/corpus"))
struct CorpusAccuracyTests {
    func report(_ relative: String) throws -> EvaluationReport {
        let labels = try GoldLabelsFile.load(Package.corpus + "/" + relative)
        let run = try Evaluation(pack: Package.pack).run([labels])
        return EvaluationReport(name: relative, outcomes: run.outcomes[0], pack: Package.pack)
    }

    @Test func seedArticleTagsAndSegmentsAreAllRight() throws {
        let seed = try report("seed/putin-kim-vostochny.labels.jsonl")
        #expect(seed.tag?.acceptedAccuracy == 1)
        #expect(seed.segment?.agreement == 1)
    }

    /// The floor of the current pack, rounded down: macro-F1 0.863 → 0.857 when every rule
    /// came to read its source as a whole phrase (issue 15); the real-pages figures held.
    /// Accuracy 0.880 → 0.879 when "offer" left the reporting verbs: the three dev sentences it
    /// cost are "the federal government offers loans", "colleges offer … help" and "the agency
    /// isn't offering … veterans … therapies", and it was a false cue on every web page tried.
    @Test func polnearAttributionMeetsTheTarget() throws {
        let attributed = try #require(try report("polnear/dev.labels.jsonl").attributed)
        #expect(attributed.accuracy >= 0.875)
        #expect(attributed.macroF1 >= 0.855)
    }

    @Test(arguments: ["hedge/news-factbank.dev.labels.jsonl", "hedge/wiki.dev.labels.jsonl"])
    func newsAndWikiHedgesReachTheTarget(_ file: String) throws {
        let speculative = try #require(try report(file).speculative)
        #expect(speculative.positive.f1 >= 0.75)
    }

    /// No target, but no regression: the F1 of the current pack, rounded down (bio 0.782 → 0.778 when
    /// agentless reporting passives became speculative, as the labelling conventions say and BioScope does not).
    @Test(arguments: [("hedge/bio.dev.labels.jsonl", 0.77), ("hedge/reviews.dev.labels.jsonl", 0.50)])
    func otherHedgeCorporaDoNotRegress(_ file: String, floor: Double) throws {
        let speculative = try #require(try report(file).speculative)
        #expect(speculative.positive.f1 >= floor)
    }
}

/// Real pages as a reader copies them: furniture is never scored (target 0.95; BENCHMARKS.md).
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Package.corpus + "/pages/labelled"), "needs ../shared/corpus/pages"))
struct PageFurnitureTests {
    @Test func segmentKindsOfLabelledPagesAgree() throws {
        let folder = Package.corpus + "/pages/labelled"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".labels.jsonl") }.sorted()
        #expect(files.count == 20)
        var agreed = 0
        var total = 0
        for file in files {
            let labels = try GoldLabelsFile.load(folder + "/" + file)
            let run = try Evaluation(pack: Package.pack).run([labels])
            let segment = try #require(EvaluationReport(name: file, outcomes: run.outcomes[0], pack: Package.pack).segment)
            agreed += segment.agreed
            total += segment.total
        }
        #expect(Double(agreed) / Double(total) >= 0.95)
    }
}
