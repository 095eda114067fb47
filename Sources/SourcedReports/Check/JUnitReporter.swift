import SourcedCore

/// JUnit XML: one test case per article (failed when a threshold fails), one errored test
/// case per input that could not be read, and one for the corpus mean when it is checked.
package struct JUnitReporter: Sendable {
    package init() {}

    package func render(_ report: CheckReport) -> String {
        var cases: [String] = []
        for article in report.articles {
            let summary = article.summary
            var body = article.errors.map { failure(type: $0.rule.rawValue, message: $0.message) }
            let claims = summary.claims.filter { $0.suppression == nil }.count
            let out = "score \(BatchReport.format(summary.score)); \(claims) unattributed claim(s)"
            body.append("      <system-out>\(Self.escape(out))</system-out>")
            cases.append(testcase(name: summary.path, file: summary.path, body: body))
        }
        for error in report.corpusErrors {
            cases.append(testcase(name: "corpus mean score", file: nil, body: [failure(type: error.rule.rawValue, message: error.message)]))
        }
        for input in report.failures {
            cases.append(
                testcase(
                    name: input.path, file: input.path,
                    body: [
                        "      <error type=\"input\" message=\"\(Self.escape(input.reason))\"/>"
                    ]))
        }
        let failures = report.failedArticles + report.corpusErrors.count
        let header = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(report.failures.count)\""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="sourced" \(header)>
              <testsuite name="sourced check" \(header)>
            \(cases.joined(separator: "\n"))
              </testsuite>
            </testsuites>

            """
    }

    private func testcase(name: String, file: String?, body: [String]) -> String {
        let fileAttribute = file.map { " file=\"\(Self.escape($0))\"" } ?? ""
        return "    <testcase classname=\"sourced.check\" name=\"\(Self.escape(name))\"\(fileAttribute)>\n"
            + body.joined(separator: "\n") + "\n    </testcase>"
    }

    private func failure(type: String, message: String) -> String {
        "      <failure type=\"\(Self.escape(type))\" message=\"\(Self.escape(message))\">\(Self.escape(message))</failure>"
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
