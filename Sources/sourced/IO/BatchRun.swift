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

    /// What becomes of one input.
    enum Item: Sendable {
        case article(ArticleSummary)
        case failed(InputFailure)
    }

    /// The inputs, their configs and the analyser and weights each one uses.
    struct Plan {
        let files: [String]
        /// The distinct effective configs (usually one) and, per file, which one applies: a
        /// corpus of a million articles keeps a million small integers, not a million configs.
        let configs: [EffectiveConfig]
        let configOfFile: [Int32]
        /// The analyser and weights of each config.
        let steps: [(analyzer: Analyzer, weights: ScoreWeights)]
        /// Inputs that failed before analysis (unreadable folders, symlink loops…).
        let failures: [InputFailure]
        let resolver: ConfigResolver

        /// The config for corpus-level thresholds: the explicit file, else the nearest to the current folder.
        func corpusConfig() throws -> EffectiveConfig {
            try resolver.effective(for: FileManager.default.currentDirectoryPath)
        }
    }

    func run() throws -> Outcome {
        let plan = try prepare()
        var summaries: [ArticleSummary] = []
        var failures = plan.failures
        stream(plan) { item in
            switch item {
            case .article(let summary): summaries.append(summary)
            case .failed(let failure): failures.append(failure)
            }
        }
        return Outcome(
            report: BatchReport(articles: summaries, failures: failures),
            configs: Dictionary(uniqueKeysWithValues: zip(plan.files, plan.configOfFile.map { plan.configs[Int($0)] })),
            corpusConfig: try plan.corpusConfig())
    }

    func prepare() throws -> Plan {
        let resolver = try options.config.resolver()
        let collection = options.collector.collect(options.paths)
        for note in collection.notes { warn(note) }
        var files: [String] = []
        var configs: [EffectiveConfig] = []
        var configOfFile: [Int32] = []
        for file in collection.files {
            let (excluded, config) = try resolver.resolve(file: file)
            guard !excluded || options.paths.contains(file) else { continue }
            // Articles in one folder share a config: compare with the last one first.
            let index = configs.last == config ? configs.count - 1 : configs.firstIndex(of: config) ?? configs.count
            if index == configs.count { configs.append(config) }
            files.append(file)
            configOfFile.append(Int32(index))
        }
        let resources = try options.rules.resources()
        for config in configs { try config.checkRuleIDs(resources) }
        let ruleSets = try ruleSets(for: Set(configs.map(\.ruleKey)), resources: resources)
        let steps = configs.map { config in
            let ruleSet = ruleSets[config.ruleKey]!
            return (analyzer: ruleSet.analyzer, weights: config.scoreWeights(base: ruleSet.weights))
        }
        return Plan(
            files: files, configs: configs, configOfFile: configOfFile, steps: steps, failures: collection.failures,
            resolver: resolver)
    }

    /// Analyses every planned article on the worker pool and hands each item to `consume`
    /// in path order as soon as it is ready; nothing is kept here.
    func stream(_ plan: Plan, _ consume: (Item) -> Void) {
        let progress = ProgressBar(total: plan.files.count)
        let claims = self.claims
        let inputs = plan.files
        let steps = plan.steps
        let configOfFile = plan.configOfFile
        let maxBytes = options.maxBytes
        let noTitle = options.noTitle
        WorkerPool(jobs: options.workerCount).forEachInOrder(count: inputs.count, progress: progress.update) { index, matcher in
            let step = steps[Int(configOfFile[index])]  // one step per config
            return Self.analyze(
                inputs[index], with: step.analyzer, weights: step.weights, matcher: matcher, claims: claims, maxBytes: maxBytes,
                noTitle: noTitle)
        } consume: { _, item in
            consume(item)
        }
        progress.finish()
    }

    /// One compiled pack and its score weights per distinct rule set (usually one), shared
    /// read-only by all workers.
    private func ruleSets(for keys: Set<RuleSetKey>, resources: PackResources) throws -> [RuleSetKey: RuleSet] {
        var result: [RuleSetKey: RuleSet] = [:]
        for key in keys {
            result[key] = try resources.adding(key.extra).ruleSet(disabled: key.disabled)
        }
        return result
    }

    private static func analyze(
        _ path: String, with analyzer: Analyzer, weights: ScoreWeights, matcher: Matcher, claims: Bool, maxBytes: Int, noTitle: Bool
    ) -> Item {
        do {
            let document = try InputFiles.read(path, maxBytes: maxBytes, noTitle: noTitle)
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
