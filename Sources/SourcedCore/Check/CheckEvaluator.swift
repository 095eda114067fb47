/// Holds every article to its thresholds and turns failures and unattributed claims into
/// findings; applies suppressions (already on the claims) and the baseline.
package struct CheckEvaluator: Sendable {
    /// Fingerprints of findings accepted by `--baseline`.
    package var baseline: Set<String>

    package init(baseline: Set<String> = []) { self.baseline = baseline }

    package func evaluate(
        _ batch: BatchReport, thresholds: [String: Thresholds], corpus: Thresholds
    ) -> CheckReport {
        var all: [Finding] = []
        var articles: [CheckReport.Article] = []
        var suppressed = 0
        for summary in batch.articles {
            let limits = thresholds[summary.path] ?? Thresholds()
            let errors = Self.thresholdFindings(summary, limits)
            all += errors
            if let reason = summary.unscored {
                all.append(
                    Finding(
                        rule: .notChecked, message: reason, path: summary.path, endColumn: 2,
                        fingerprint: Fingerprint.make([FindingRule.notChecked.rawValue, summary.path]), score: nil))
            }
            for claim in summary.claims {
                if claim.suppression != nil {
                    suppressed += 1
                    continue
                }
                all.append(Self.claimFinding(claim, in: summary))
            }
            articles.append(
                CheckReport.Article(summary: summary, thresholds: limits, errors: errors.filter { !baseline.contains($0.fingerprint) }))
        }
        let corpusErrors = Self.corpusFindings(batch, corpus)
        all += corpusErrors
        let active = all.filter { !baseline.contains($0.fingerprint) }
        return CheckReport(
            articles: articles, findings: active, allFingerprints: all.map(\.fingerprint),
            failures: batch.failures, aggregate: batch.aggregate, suppressed: suppressed,
            baselined: all.count - active.count, corpusErrors: corpusErrors.filter { !baseline.contains($0.fingerprint) })
    }

    static func thresholdFindings(_ article: ArticleSummary, _ limits: Thresholds) -> [Finding] {
        var findings: [Finding] = []
        // One rule everywhere: the shown one-decimal score against the threshold as given.
        if let min = limits.minScore, article.sourcing.meets(min.value) == false, let score = article.score {
            findings.append(
                Finding(
                    rule: .minScore,
                    message:
                        "sourcing score \(BatchReport.format(score)) is below the minimum \(CheckReport.figure(min.value)) (\(min.origin))",
                    path: article.path, endColumn: 2, fingerprint: Fingerprint.make([FindingRule.minScore.rawValue, article.path]),
                    score: article.score))
        }
        if let max = limits.maxUnattributedShare, let share = article.unattributedShare, share > max.value {
            let counts = "\(article.counts[.unattributed]) of \(article.sentences) sentences"
            findings.append(
                Finding(
                    rule: .maxUnattributedShare,
                    message:
                        "unattributed share \(CheckReport.figure(share)) (\(counts)) is above the maximum "
                        + "\(CheckReport.figure(max.value)) (\(max.origin))",
                    path: article.path, endColumn: 2,
                    fingerprint: Fingerprint.make([FindingRule.maxUnattributedShare.rawValue, article.path]), score: article.score))
        }
        return findings
    }

    static func claimFinding(_ claim: Claim, in article: ArticleSummary) -> Finding {
        let text = Fingerprint.normalized(claim.text)
        let excerpt = text.count > 120 ? String(text.prefix(117)) + "…" : text
        return Finding(
            rule: .unattributedClaim, message: "claim without a source: \"\(excerpt)\"", path: article.path,
            line: claim.line, column: claim.column, endLine: claim.endLine, endColumn: claim.endColumn,
            fingerprint: claim.fingerprint, score: article.score)
    }

    /// The corpus mean, located at the worst article (CI systems need a file to point at).
    static func corpusFindings(_ batch: BatchReport, _ corpus: Thresholds) -> [Finding] {
        guard let min = corpus.minMeanScore, let mean = batch.aggregate.mean, mean < min.value,
            let worst = batch.worstFirst.first
        else { return [] }
        return [
            Finding(
                rule: .minMeanScore,
                message:
                    "mean sourcing score \(BatchReport.format(mean)) over \(batch.aggregate.scored) articles is below the minimum "
                    + "\(CheckReport.figure(min.value)) (\(min.origin))",
                path: worst.path, endColumn: 2, fingerprint: Fingerprint.make([FindingRule.minMeanScore.rawValue]), score: worst.score)
        ]
    }
}
