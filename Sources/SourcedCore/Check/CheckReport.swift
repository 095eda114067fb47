import Foundation

/// The outcome of `sourced check`: every article with its thresholds, the findings still
/// active after suppressions and the baseline, and the inputs that failed.
package struct CheckReport: Sendable {
    /// An article and the thresholds it was held to.
    package struct Article: Sendable {
        package var summary: ArticleSummary
        package var thresholds: Thresholds
        /// Its active error findings (threshold failures).
        package var errors: [Finding]
    }

    package let articles: [Article]
    /// Active findings, ranked: errors first, worst articles first.
    package let findings: [Finding]
    /// Every finding before the baseline was applied (what `--write-baseline` records).
    package let allFingerprints: [String]
    package let failures: [InputFailure]
    package let aggregate: CorpusAggregate
    package let suppressed: Int
    package let baselined: Int
    /// Corpus-level threshold failures (also in `findings`).
    package let corpusErrors: [Finding]

    package init(
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

    package var errors: [Finding] { findings.filter { $0.level == .error } }
    package var failedArticles: Int { articles.filter { !$0.errors.isEmpty }.count }

    /// 0 all pass, 1 a threshold failed, 2 an input failed (which wins).
    package var exitCode: Int32 {
        if !failures.isEmpty { return 2 }
        return errors.isEmpty ? 0 : 1
    }

    /// A threshold as written by the user: no trailing zeros.
    package static func figure(_ value: Double) -> String {
        String(format: "%g", value)
    }
}
