import Foundation
import PCRE2
import SourcedCore
import SourcedReports

/// One batch: collect the inputs, resolve each article's config and rule set, analyse every
/// article on the worker pool and keep only its summary.
///
/// Config and rule errors are fatal (thrown); a bad article only becomes an `InputFailure`.
struct BatchRun {
    let options: BatchOptions
    /// Whether to keep the located unattributed claims (`check` needs them, `score` does not).
    let claims: Bool

    struct Outcome {
        let report: BatchReport
        /// The effective config of each analysed article, by path.
        let configs: [String: EffectiveConfig]
        /// The config for corpus-level thresholds: the explicit file, else the nearest to the current folder.
        let corpusConfig: EffectiveConfig
    }

    private enum Result: Sendable {
        case article(ArticleSummary)
        case failed(InputFailure)
    }

    func run() throws -> Outcome {
        let resolver = try ConfigResolver(explicitPath: options.explicitConfig)
        let collection = options.collector.collect(options.paths)
        for note in collection.notes { warn(note) }
        var files: [String] = []
        var configs: [String: EffectiveConfig] = [:]
        for file in collection.files where !(try resolver.excludes(file)) || options.paths.contains(file) {
            files.append(file)
            configs[file] = try resolver.effective(for: file)
        }
        let ruleSets = try ruleSets(for: Set(configs.values.map(\.ruleKey)))
        let plan = files.map { file in
            let config = configs[file]!, ruleSet = ruleSets[config.ruleKey]!
            return (analyzer: ruleSet.analyzer, weights: config.scoreWeights(base: ruleSet.weights))
        }
        let progress = ProgressBar(total: files.count)
        let claims = self.claims, inputs = files
        let results = WorkerPool(jobs: options.workerCount).map(count: files.count, progress: progress.update) { index, matcher in
            Self.analyze(inputs[index], with: plan[index].analyzer, weights: plan[index].weights, matcher: matcher, claims: claims)
        }
        progress.finish()
        var summaries: [ArticleSummary] = []
        var failures = collection.failures
        for result in results {
            switch result {
            case .article(let summary): summaries.append(summary)
            case .failed(let failure): failures.append(failure)
            }
        }
        let corpus = try resolver.effective(for: FileManager.default.currentDirectoryPath)
        return Outcome(report: BatchReport(articles: summaries, failures: failures), configs: configs, corpusConfig: corpus)
    }

    /// One compiled pack and its score weights per distinct rule set (usually one), shared
    /// read-only by all workers.
    private func ruleSets(for keys: Set<RuleSetKey>) throws -> [RuleSetKey: RuleSet] {
        var result: [RuleSetKey: RuleSet] = [:]
        for key in keys {
            var rules = options.rules
            rules.extraDirectories += key.extra
            result[key] = try RuleSet(rules, disabled: key.disabled)
        }
        return result
    }

    private static func analyze(_ path: String, with analyzer: Analyzer, weights: ScoreWeights, matcher: Matcher, claims: Bool) -> Result {
        do {
            let document = try InputFiles.read(path)
            let suppressions = claims ? try Suppression.scan(document.original, path: path) : []
            let analysis = try analyzer.analyze(document, matcher: matcher)
            return .article(ArticleSummary(analysis, weights: weights, claims: claims, suppressions: suppressions))
        } catch {
            let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
            let prefix = path + ": "
            return .failed(InputFailure(path: path, reason: message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message))
        }
    }
}

/// A compiled rule pack with the score weights of its folders (`scoring.yml`, the last
/// folder that has one wins), loaded once and shared by every article that uses it.
struct RuleSet: Sendable {
    let analyzer: Analyzer
    let weights: ScoreWeights
    /// The scoring file the weights came from.
    let weightsFile: String

    init(_ rules: RuleOptions, disabled: Set<String> = []) throws {
        analyzer = Analyzer(pack: try rules.loadPack(disabled: disabled))
        weightsFile = try ReportResources.dataFile(ScoreWeights.fileName, folders: try rules.directories())
        weights = try ScoreWeights.load(path: weightsFile)
    }
}
