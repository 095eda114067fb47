import Foundation

/// The outcome of `sourced check`: every article with its thresholds, the findings still
/// active after suppressions and the baseline, and the inputs that failed.
public struct CheckReport: Sendable {
    /// An article and the thresholds it was held to.
    public struct Article: Sendable {
        public var summary: ArticleSummary
        public var thresholds: Thresholds
        /// Its active error findings (threshold failures).
        public var errors: [Finding]
    }

    public let articles: [Article]
    /// Active findings, ranked: errors first, worst articles first.
    public let findings: [Finding]
    /// Every finding before the baseline was applied (what `--write-baseline` records).
    public let allFingerprints: [String]
    public let failures: [InputFailure]
    public let aggregate: CorpusAggregate
    public let suppressed: Int
    public let baselined: Int
    /// Corpus-level threshold failures (also in `findings`).
    public let corpusErrors: [Finding]

    public init(
        articles: [Article], findings: [Finding], allFingerprints: [String], failures: [InputFailure],
        aggregate: CorpusAggregate, suppressed: Int, baselined: Int, corpusErrors: [Finding]
    ) {
        self.articles = articles
        self.findings = Finding.ranked(findings)
        self.allFingerprints = allFingerprints
        self.failures = failures
        self.aggregate = aggregate
        self.suppressed = suppressed
        self.baselined = baselined
        self.corpusErrors = corpusErrors
    }

    public var errors: [Finding] { findings.filter { $0.level == .error } }
    public var failedArticles: Int { articles.filter { !$0.errors.isEmpty }.count }

    /// 0 all pass, 1 a threshold failed, 2 an input failed (which wins).
    public var exitCode: Int32 {
        if !failures.isEmpty { return 2 }
        return errors.isEmpty ? 0 : 1
    }

    /// A threshold as written by the user: no trailing zeros.
    public static func figure(_ value: Double) -> String {
        String(format: "%g", value)
    }
}
