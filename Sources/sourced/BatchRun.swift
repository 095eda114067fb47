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
        let analyzers = try analyzers(for: Set(configs.values.map(\.ruleKey)))
        let plan = files.map { analyzers[configs[$0]!.ruleKey]! }
        let progress = ProgressBar(total: files.count)
        let claims = self.claims, inputs = files
        let results = WorkerPool(jobs: options.workerCount).map(count: files.count, progress: progress.update) { index, matcher in
            Self.analyze(inputs[index], with: plan[index], matcher: matcher, claims: claims)
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

    /// One compiled pack per distinct rule set (usually one), shared read-only by all workers.
    private func analyzers(for keys: Set<RuleSetKey>) throws -> [RuleSetKey: Analyzer] {
        var result: [RuleSetKey: Analyzer] = [:]
        for key in keys {
            var rules = options.rules
            rules.extraDirectories += key.extra
            result[key] = Analyzer(pack: try rules.loadPack(disabled: key.disabled))
        }
        return result
    }

    private static func analyze(_ path: String, with analyzer: Analyzer, matcher: Matcher, claims: Bool) -> Result {
        do {
            let document = try InputFiles.read(path)
            let suppressions = claims ? try Suppression.scan(document.original, path: path) : []
            let analysis = try analyzer.analyze(document, matcher: matcher)
            return .article(ArticleSummary(analysis, claims: claims, suppressions: suppressions))
        } catch {
            let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
            let prefix = path + ": "
            return .failed(InputFailure(path: path, reason: message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message))
        }
    }
}
