import Foundation
import Testing

@Suite struct ScoreCommandTests {
    @Test func tableListsWorstFirstWithCorpusFigures() throws {
        let space = try Workspace(["a/good.txt": Workspace.good, "a/poor.txt": Workspace.poor, "b/bad.txt": Workspace.bad])
        let result = try space.run(["score", "a", "b"])
        #expect(result.code == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map(String.init)
        #expect(rows[1].hasSuffix("b/bad.txt") && rows[1].contains("0.0"))
        #expect(rows[2].hasSuffix("a/poor.txt") && rows[2].contains("33.3"))
        #expect(rows[3].hasSuffix("a/good.txt") && rows[3].contains("100.0"))
        #expect(result.stdout.contains("mean 44.4  median 33.3  p10 0.0"))
    }

    @Test func jsonIsIdenticalWhateverTheNumberOfJobs() throws {
        var files: [String: String] = [:]
        for index in 0..<24 {
            files["corpus/\(index % 3)/article-\(index).txt"] = [Workspace.good, Workspace.poor, Workspace.bad][index % 3]
        }
        let space = try Workspace(files)
        let one = try space.run(["score", "corpus", "--format", "json", "--jobs", "1"])
        let four = try space.run(["score", "corpus", "--format", "json", "--jobs", "4"])
        #expect(one.code == 0 && four.code == 0)
        #expect(one.stdout == four.stdout)
        let paths = try #require(try space.json(one.stdout)["articles"] as? [[String: Any]]).map { $0["path"] as! String }
        #expect(paths == paths.sorted() && paths.count == 24)
    }

    @Test func badInputsAreListedAndTheBatchGoesOn() throws {
        let space = try Workspace(["in/good.txt": Workspace.good, "in/empty.txt": "\n \n"])
        try space.write("in/binary.txt", Data([0x41, 0x00, 0x42]))
        let result = try space.run(["score", "in", "missing.txt", "--format", "csv"])
        #expect(result.code == 2)
        #expect(result.stdout.contains("in/good.txt,100.0,2,2,0,0,0.0,"))
        #expect(result.stderr.contains("sourced: error: in/binary.txt: binary file, not an article"))
        #expect(result.stderr.contains("sourced: error: in/empty.txt: no text"))
        #expect(result.stderr.contains("sourced: error: missing.txt: no such file or folder"))
    }

    @Test func maxBytesRefusesLargeArticlesAndTheBatchGoesOn() throws {
        let space = try Workspace(["good.txt": Workspace.good, "poor.txt": Workspace.poor])
        let limit = min(Workspace.good.utf8.count, Workspace.poor.utf8.count) + 1
        let small = try space.run(["score", ".", "--format", "jsonl", "--max-bytes", "\(limit)"])
        #expect(small.code == 2)
        #expect(small.stderr.contains("file too large"))
        #expect(small.stdout.contains("\"type\":\"failure\""))
        let large = try space.run(["score", ".", "--format", "jsonl", "--max-bytes", "1000000"])
        #expect(large.code == 0, "\(large.stderr)")
        #expect(try space.run(["score", ".", "--max-bytes", "0"]).code == 64)
    }

    @Test func jsonLinesEndWithTheAggregate() throws {
        let space = try Workspace(["good.txt": Workspace.good, "bad.txt": Workspace.bad])
        let result = try space.run(["score", ".", "--format", "jsonl"])
        let lines = result.stdout.split(separator: "\n").map { try? space.json(String($0)) }
        #expect(lines.map { $0?["type"] as? String } == ["article", "article", "aggregate"])
    }

    @Test func includeExcludeAndSymlinkLoops() throws {
        let space = try Workspace(["news/a.txt": Workspace.good, "news/drafts/b.txt": Workspace.bad, "news/c.md": Workspace.poor])
        try FileManager.default.createSymbolicLink(atPath: space.root.appendingPathComponent("news/loop").path, withDestinationPath: "..")
        let result = try space.run(["score", "news", "--exclude", "drafts", "--include", "*.txt", "--format", "csv"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stdout.contains("news/a.txt"))
        #expect(result.stderr.contains("symlink loop skipped"))
    }

    @Test func outputIsWrittenAtomicallyAndNeverOverAnInput() throws {
        let space = try Workspace(["good.txt": Workspace.good])
        let written = try space.run(["score", "good.txt", "--format", "json", "--output", "scores.json"])
        #expect(written.code == 0 && written.stdout.isEmpty)
        #expect(try space.json(try space.read("scores.json"))["schema"] as? String == "sourced-batch/1")
        let refused = try space.run(["score", "good.txt", "--output", "good.txt"])
        #expect(refused.code == 2 && refused.stderr.contains("refusing to overwrite an input file"))
        #expect(try space.read("good.txt") == Workspace.good)
    }

    @Test func zeroJobsIsAUsageError() throws {
        let space = try Workspace(["good.txt": Workspace.good])
        #expect(try space.run(["score", "good.txt", "--jobs", "0"]).code == 64)
    }
}
