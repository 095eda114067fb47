import Foundation
import SourcedCore

/// JUnit XML in the shape of the common Jenkins schema (junit-10.xsd): one test case per
/// article (failed when a threshold fails), one errored test case per input that could not
/// be read, and one for the corpus mean when it is checked; the suite carries `time` and
/// `timestamp`.
package struct JUnitReporter: Sendable {
    /// When the check ran (the suite's `timestamp`, UTC, as the schema's pattern wants it).
    package let timestamp: Date
    /// How long the check took, in seconds.
    package let elapsed: TimeInterval

    package init(timestamp: Date = Date(), elapsed: TimeInterval = 0) {
        self.timestamp = timestamp
        self.elapsed = elapsed
    }

    package func render(_ report: CheckReport) -> String {
        var cases: [String] = []
        for article in report.articles {
            let summary = article.summary
            var body = article.errors.map { failure(type: $0.rule.rawValue, message: $0.message) }
            let claims = summary.claims.filter { $0.suppression == nil }.count
            let note = "score \(BatchReport.format(summary.score)); \(claims) unattributed claim(s)"
            body.append("      <system-out>\(Self.escape(note))</system-out>")
            cases.append(testcase(name: summary.path, body: body))
        }
        for error in report.corpusErrors {
            cases.append(testcase(name: "corpus mean score", body: [failure(type: error.rule.rawValue, message: error.message)]))
        }
        for input in report.failures {
            let body = "      <error type=\"input\" message=\"\(Self.escape(input.reason))\">\(Self.escape(input.reason))</error>"
            cases.append(testcase(name: input.path, body: [body]))
        }
        let failures = report.failedArticles + report.corpusErrors.count
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(report.failures.count)\""
        let time = String(format: "%.3f", elapsed)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="sourced" \(counts) time="\(time)">
              <testsuite name="sourced check" \(counts) skipped="0" time="\(time)" timestamp="\(Self.format(timestamp))">
            \(cases.joined(separator: "\n"))
              </testsuite>
            </testsuites>

            """
    }

    private func testcase(name: String, body: [String]) -> String {
        "    <testcase classname=\"sourced.check\" name=\"\(Self.escape(name))\">\n" + body.joined(separator: "\n") + "\n    </testcase>"
    }

    private func failure(type: String, message: String) -> String {
        "      <failure type=\"\(Self.escape(type))\" message=\"\(Self.escape(message))\">\(Self.escape(message))</failure>"
    }

    /// `yyyy-MM-ddTHH:mm:ss` in UTC (the schema's pattern has no zone).
    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0)
    }

    /// XML escaping for text and attributes: tab, newline and carriage return as character
    /// references (a parser turns them into spaces in an attribute otherwise); other control
    /// characters, which XML 1.0 forbids, shown as `\u{…}` so a file name stays recognisable.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
