import Foundation
import PCRE2

/// Runs the analyzer over the documents and sentences that gold labels refer to, and aligns
/// every gold line to the tool's segment that overlaps it most.
///
/// Each document is read and analysed once, however many lines and files refer to it;
/// standalone sentences are analysed as one-paragraph documents. Work is spread over
/// `workers` threads, each with its own `Matcher`.
package struct Evaluation: Sendable {
    /// The outcomes of every file (in input order) and the documents the analyzer failed on.
    package struct Run: Sendable {
        package var outcomes: [[LineOutcome]]
        package var failures: [EvalError]
    }

    package let analyzer: Analyzer
    package let workers: Int

    package init(pack: RulePack, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        analyzer = Analyzer(pack: pack)
        self.workers = workers
    }

    /// Aligns the lines of each labels file; throws when a document is missing or too short.
    package func run(_ files: [[GoldLabel]]) throws(EvalError) -> Run {
        let plan = try EvaluationPlan(files)
        let analyzer = self.analyzer
        let documents = plan.documents
        let analyses = WorkerPool(jobs: workers).map(count: documents.count) { index, matcher in
            Result { () throws(AnalysisError) in try analyzer.analyze(documents[index], matcher: matcher) }
        }
        var outcomes = files.map { labels in [LineOutcome?](repeating: nil, count: labels.count) }
        var failures: [EvalError] = []
        for (unit, analysis) in analyses.enumerated() {
            let refs = plan.lines[unit]
            let segments: [AnalyzedSegment]
            switch analysis {
            case .success(let result): segments = result.segments
            case .failure(let error):
                failures.append(.analysisFailed(document: plan.documents[unit].path, message: error.localizedDescription))
                segments = []
            }
            let document = plan.documents[unit]
            let golds = refs.map { files[$0.file][$0.line] }
            let aligned = Self.align(golds, document: document, segments: segments)
            for (ref, outcome) in zip(refs, aligned) { outcomes[ref.file][ref.line] = outcome }
        }
        return Run(outcomes: outcomes.map { $0.compactMap { $0 } }, failures: failures)
    }

    /// Outcomes of the gold lines of one document, aligned in original-file offsets.
    static func align(_ golds: [GoldLabel], document: SourceDocument, segments: [AnalyzedSegment]) -> [LineOutcome] {
        let spans = golds.map { EvaluationPlan.span(of: $0, in: document) }
        let toolSpans = segments.map { document.map.original($0.segment.span) }
        let matches = SegmentAligner.align(spans, to: toolSpans)
        return zip(golds, zip(spans, matches)).map { gold, pair in
            let (span, match) = pair
            let text = String(decoding: document.original[span.range], as: UTF8.self)
            return LineOutcome(gold: gold, segment: match.map { segments[$0] }, text: text)
        }
    }
}
