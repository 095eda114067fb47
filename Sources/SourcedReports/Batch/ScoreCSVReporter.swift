import SourcedCore

/// One CSV row per article, in path order (RFC 4180 quoting). Failed inputs are rows
/// with an empty score and their reason in `error`.
public struct ScoreCSVReporter: Sendable {
    public init() {}

    public func render(_ report: BatchReport) -> String {
        var rows = ["path,score,sentences,attributed,speculative,unattributed,unattributed_share,error"]
        for article in report.articles {
            let share = article.unattributedShare.map { "\(($0 * 1000).rounded() / 1000)" } ?? ""
            let fields = [
                article.path, article.score.map { "\($0)" } ?? "", "\(article.sentences)",
                "\(article.counts[.attributed])", "\(article.counts[.speculative])", "\(article.counts[.unattributed])",
                share, "",
            ]
            rows.append(fields.map(Self.quote).joined(separator: ","))
        }
        for failure in report.failures {
            rows.append([failure.path, "", "", "", "", "", "", failure.reason].map(Self.quote).joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
