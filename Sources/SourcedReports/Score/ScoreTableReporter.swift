import SourcedCore

/// The human summary of a batch: articles worst first, then the corpus figures and a
/// histogram, then every input that failed.
package struct ScoreTableReporter: Sendable {
    package init() {}

    package func render(_ report: BatchReport) -> String {
        var lines = [row("score", "attr", "spec", "unattr", "sent", "path")]
        for article in report.worstFirst {
            lines.append(
                row(
                    BatchReport.format(article.score), "\(article.counts[.attributed])", "\(article.counts[.speculative])",
                    "\(article.counts[.unattributed])", "\(article.sentences)", VisibleText.visible(article.path)))
        }
        lines += [""] + aggregate(report.aggregate)
        if !report.failures.isEmpty {
            lines += ["", "\(report.failures.count) input(s) failed:"]
            lines += report.failures.map { "  \(VisibleText.visible($0.path)): \(VisibleText.visible($0.reason))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func aggregate(_ aggregate: CorpusAggregate) -> [String] {
        var lines = [
            "articles \(aggregate.articles), scored \(aggregate.scored), sentences \(aggregate.sentences)",
            "mean \(BatchReport.format(aggregate.mean))  median \(BatchReport.format(aggregate.median))"
                + "  p10 \(BatchReport.format(aggregate.p10))",
            "tags " + Tag.allCases.map { "\($0.rawValue) \(BatchReport.percent(aggregate.tagShares[$0]))" }.joined(separator: "  "),
        ]
        let widest = max(1, aggregate.histogram.map(\.count).max() ?? 1)
        for bin in aggregate.histogram {
            let bar = String(repeating: "#", count: (bin.count * 40 + widest - 1) / widest)
            let label = "\(bin.lower)–\(bin.upper)".padding(toLength: 8, withPad: " ", startingAt: 0)
            lines.append("  \(label) \(String(bin.count).leftPadded(5)) \(bar)")
        }
        return lines
    }

    private func row(_ score: String, _ a: String, _ s: String, _ u: String, _ n: String, _ path: String) -> String {
        [score.leftPadded(6), a.leftPadded(5), s.leftPadded(5), u.leftPadded(6), n.leftPadded(5), path].joined(separator: " ")
    }
}

extension String {
    /// Right-aligned in `width` columns.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
