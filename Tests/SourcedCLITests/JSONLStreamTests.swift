import Foundation
import Testing

/// The streaming contract of `sourced audit --jsonl` (issue 5): input order, one line out
/// per non-blank line in, per-line errors, field names, exit code, and output written while
/// input is still arriving.
@Suite struct JSONLStreamTests {
    static let texts = [Workspace.good, Workspace.poor, Workspace.bad]
    static let displays = ["100.0", "33.3", "0.0"]

    static func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    static func display(_ object: [String: Any]) -> String? {
        (object["score"] as? [String: Any])?["display"] as? String
    }

    @Test func orderIsKeptAcrossManyBatches() throws {
        let count = 200  // more than three batches of 64
        let input = try (0..<count).map { try Self.line(["id": $0, "text": Self.texts[$0 % 3]]) }.joined(separator: "\n") + "\n"
        let result = try Workspace().run(["audit", "--jsonl", "-"], input: Data(input.utf8))
        #expect(result.code == 0, "\(result.stderr)")
        let objects = try Self.objects(result.stdout)
        #expect(objects.count == count)
        #expect(objects.map { $0["id"] as? Int } == (0..<count).map { $0 })
        #expect(objects.map(Self.display) == (0..<count).map { Self.displays[$0 % 3] })
        #expect(objects.allSatisfy { $0["schema"] as? String == "sourced/1" && $0["segments"] is [Any] })
    }

    @Test func oneLineOutPerNonBlankLineIn() throws {
        let lines = [
            try Self.line(["id": "a", "text": Workspace.good]), "", "   \t", try Self.line(["id": "b", "text": Workspace.bad]),
            "", try Self.line(["id": "c", "text": Workspace.poor]),
        ]
        let space = try Workspace(["corpus.jsonl": lines.joined(separator: "\r\n")])  // CRLF and no final newline
        let result = try space.run(["audit", "--jsonl", "corpus.jsonl"])
        #expect(result.code == 0, "\(result.stderr)")
        let objects = try Self.objects(result.stdout)
        #expect(objects.map { $0["id"] as? String } == ["a", "b", "c"])
    }

    @Test func malformedLinesGiveErrorLinesAndTheStreamGoesOn() throws {
        let lines = [
            try Self.line(["id": 1, "text": Workspace.good]),
            "{not json",
            try Self.line(["id": 3, "body": Workspace.good]),
            try Self.line(["id": 4, "text": "  \n "]),
            "[1, 2]",
            try Self.line(["id": 6, "text": Workspace.bad]),
        ]
        let result = try Workspace().run(["audit", "--jsonl", "-"], input: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(result.code == 2)
        let objects = try Self.objects(result.stdout)
        #expect(objects.count == 6)
        for (index, object) in objects.enumerated() where [1, 2, 3, 4].contains(index) {
            #expect(Set(object.keys) == ["id", "error", "line"], "\(object)")
            #expect(object["line"] as? Int == index + 1)
        }
        #expect(objects[1]["id"] is NSNull && (objects[1]["error"] as? String)?.hasSuffix("-:2: not a JSON object") == true)
        #expect(objects[2]["id"] as? Int == 3 && objects[2]["error"] as? String == "-:3: no string field 'text'")
        #expect(objects[3]["id"] as? Int == 4)
        #expect(objects[5]["id"] as? Int == 6 && Self.display(objects[5]) == "0.0")
    }

    /// A line that is not UTF-8 is named with its line, column and byte (Foundation only says
    /// "not a JSON object"); the stream goes on.
    @Test func invalidUTF8IsNamedWithLineAndColumn() throws {
        var input = Data((try Self.line(["id": 1, "text": Workspace.good]) + "\n").utf8)
        let prefix = Array(#"{"id": 2, "text": "caf"#.utf8)
        input.append(contentsOf: prefix + [0xE9] + Array("\"}\n".utf8))  // é in Latin-1
        input.append(contentsOf: Array(#"{"id": 3, "text": "x"#.utf8) + [0xC3] + Array("\"}\n".utf8))  // a cut sequence
        input.append(Data((try Self.line(["id": 4, "text": Workspace.bad]) + "\n").utf8))
        let result = try Workspace().run(["audit", "--jsonl", "-"], input: input)
        #expect(result.code == 2)
        let objects = try Self.objects(result.stdout)
        #expect(objects.count == 4)
        let hint = "JSON Lines must be UTF-8, re-encode the input"
        #expect(objects[1]["error"] as? String == "-:2:\(prefix.count + 1): invalid UTF-8 (byte 0xE9; \(hint))")
        #expect(objects[2]["error"] as? String == "-:3:21: invalid UTF-8 (byte 0xC3; \(hint))")
        #expect(objects[1]["line"] as? Int == 2 && objects[2]["line"] as? Int == 3)
        #expect(Self.display(objects[0]) == "100.0" && Self.display(objects[3]) == "0.0")
    }

    @Test func textAndIdFieldsCanBeRenamed() throws {
        let input = try Self.line(["doc": "wire-7", "body": Workspace.good, "text": 42]) + "\n"
        let result = try Workspace().run(["audit", "--jsonl", "-", "--text-field", "body", "--id-field", "doc"], input: Data(input.utf8))
        #expect(result.code == 0, "\(result.stderr)")
        let object = try #require(try Self.objects(result.stdout).first)
        #expect(object["id"] as? String == "wire-7" && Self.display(object) == "100.0")
    }

    @Test func thousandsOfLinesStreamThrough() throws {
        let count = 3000
        let input = try (0..<count).map { try Self.line(["id": "n\($0)", "text": Self.texts[$0 % 3]]) }.joined(separator: "\n")
        let result = try Workspace().run(["audit", "--jsonl", "-"], input: Data(input.utf8))
        #expect(result.code == 0, "\(result.stderr)")
        let ids = result.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == (0..<count).map { "n\($0)" })
    }

    /// Results come out while standard input is still open: the stream never waits for (or
    /// keeps) the whole input.
    @Test func resultsArriveBeforeTheInputEnds() throws {
        let space = try Workspace()
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["audit", "--jsonl", "-", "--no-default-rules", "--rules", "rules"]
        process.currentDirectoryURL = space.root
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SOURCED_") }
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // Fewer lines than a batch: pending results are flushed when the input pauses.
        let batch = try (0..<10).map { try Self.line(["id": $0, "text": Workspace.good]) + "\n" }.joined()
        input.fileHandleForWriting.write(Data(batch.utf8))
        let firstOutput = DispatchSemaphore(value: 0)
        let reader = output.fileHandleForReading
        nonisolated(unsafe) var received = Data()
        Thread.detachNewThread {
            received = reader.availableData
            firstOutput.signal()
        }
        #expect(firstOutput.wait(timeout: .now() + 60) == .success, "no result before the input ended")
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("{"))
        try input.fileHandleForWriting.close()
        _ = reader.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

/// `audit --jsonl` tells "nothing ran" (78) from "some lines carry an error" (2) (issue 17).
@Suite struct JSONLExitCodeTests {
    @Test func aBrokenRulePackIsAStartupFailure() throws {
        let space = try Workspace(["bad/x.yml": "version: 1\nkind: hedge\npattern: '(unclosed'\n"])
        let result = try CLI.run(
            ["audit", "--jsonl", "-", "--no-default-rules", "--rules", "bad"], in: space.root,
            input: Data(#"{"id": 1, "text": "A sentence."}"#.utf8))
        #expect(result.code == 78, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("sourced: error: bad/x.yml"))
    }

    @Test func aBrokenConfigAndAMissingInputAreStartupFailures() throws {
        let space = try Workspace([".sourced.yml": "version: 1\nthresholds: {min-scroe: 3}\n"])
        #expect(try space.run(["audit", "--jsonl", "-"], input: Data()).code == 78)
        #expect(try Workspace().run(["audit", "--jsonl", "missing.jsonl"]).code == 78)
    }

    @Test func lineErrorsStayTwo() throws {
        let result = try Workspace().run(["audit", "--jsonl", "-"], input: Data("not json\n".utf8))
        #expect(result.code == 2)
        #expect(result.stdout.contains(#""error""#))
    }
}
