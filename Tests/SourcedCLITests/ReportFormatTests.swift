import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ReportFormatTests {
    /// The claim holds multibyte text: it ends at UTF-16 column 18 (17 units), scalar column 17, byte 25.
    static let article = "Émigré news 😀\n\n“Café” 😀 opened. Anna Berg said it is fine.\n"

    func workspace() throws -> Workspace {
        try Workspace(["news/cafe, 100%.txt": Self.article, "news/good.txt": Workspace.good])
    }

    @Test func sarifHasWhatGitHubCodeScanningNeeds() throws {
        let space = try workspace()
        let result = try space.run(["check", "news", "--min-score", "60", "--format", "sarif=out.sarif"])
        #expect(result.code == 1)
        let sarif = try space.json(try space.read("out.sarif"))
        #expect(sarif["version"] as? String == "2.1.0")
        #expect((sarif["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        for rule in rules {
            for key in ["id", "name", "shortDescription", "fullDescription", "help", "helpUri"] { #expect(rule[key] != nil, "\(key)") }
            #expect((rule["help"] as? [String: Any])?["text"] is String)
            // Absolute by default (SARIF requires it): the checkout's docs as a file URL.
            let help = try #require(rule["helpUri"] as? String)
            #expect(help.hasPrefix("file:///") && help.contains("/docs/rules.md#sourced-"), "\(help)")
        }
        let results = try #require(run["results"] as? [[String: Any]])
        let ids = Set(rules.compactMap { $0["id"] as? String })
        for item in results {
            #expect(ids.contains(item["ruleId"] as? String ?? ""))
            #expect(["error", "warning", "note"].contains(item["level"] as? String ?? ""))
            #expect((item["partialFingerprints"] as? [String: String])?.isEmpty == false)
        }
        let claim = try #require(results.first { $0["ruleId"] as? String == "sourced/unattributed-claim" })
        let location = try #require((claim["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "news/cafe,%20100%25.txt")
        let region = try #require(location["region"] as? [String: Int])
        #expect(region == ["startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 18])
    }

    @Test func sarifFingerprintsAreStableAcrossRuns() throws {
        let space = try workspace()
        _ = try space.run(["check", "news", "--format", "sarif=a.sarif", "--jobs", "1"])
        _ = try space.run(["check", "news", "--format", "sarif=b.sarif", "--jobs", "3"])
        #expect(try space.read("a.sarif") == space.read("b.sarif"))
    }

    @Test func junitParsesWithOneTestCasePerArticle() throws {
        let space = try workspace()
        _ = try space.run(["check", "news", "--min-score", "60", "--format", "junit=out.xml"])
        let document = try XMLDocument(data: Data(try space.read("out.xml").utf8))
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count == 2)
        #expect(try document.nodes(forXPath: "//testcase/failure").count == 1)
        let suite = try #require(try document.nodes(forXPath: "//testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "failures")?.stringValue == "1")
        #expect(suite.attribute(forName: "tests")?.stringValue == "2")
    }

    @Test func gitlabCodeQualityIssues() throws {
        let space = try workspace()
        let result = try space.run(["check", "news", "--min-score", "60", "--format", "gitlab"])
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!issues.isEmpty)
        for issue in issues {
            for key in ["description", "check_name", "fingerprint", "severity", "location"] { #expect(issue[key] != nil) }
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] is String && (location["lines"] as? [String: Int])?["begin"] != nil)
        }
    }

    @Test func githubCommandsAreEscapedCappedAndSummarised() throws {
        var files: [String: String] = ["news/cafe, 100%.txt": Self.article]
        for index in 0..<12 { files["news/bad-\(index).txt"] = Workspace.bad }
        let space = try Workspace(files)
        let summary = space.root.appendingPathComponent("summary.md").path
        let result = try space.run(
            ["check", "news", "--min-score", "60", "--format", "github"], environment: ["GITHUB_STEP_SUMMARY": summary])
        #expect(result.code == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 10)
        #expect(lines.contains { $0.hasPrefix("::notice title=sourced::") && $0.contains("more finding(s) not shown") })
        // The 50-point article ranks after the 0-point ones, so it is cut; run it alone for escaping.
        #expect(!lines.contains { $0.contains("cafe") })
        let alone = try space.run(["check", "news/cafe, 100%.txt", "--format", "github"])
        #expect(
            alone.stdout.contains(
                "::warning file=news/cafe%2C 100%25.txt,line=3,endLine=3,col=1,endColumn=18,title=sourced/unattributed-claim::"
                    + "claim without a source: \"“Café” 😀 opened.\""))
        let markdown = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(markdown.contains("| Article | Score | Unattributed | Why |"))
        #expect(markdown.contains("| news/bad-0.txt | 0.0 | 100.0% |"))
    }
}
