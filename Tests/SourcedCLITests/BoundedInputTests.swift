import Foundation
import Testing

/// Inputs are read within their bounds: a JSON Lines line longer than `--max-bytes` is an
/// error line of its own, skipped without being held, and the stream goes on.
@Suite struct BoundedInputTests {
    @Test func aJSONLinesLineLongerThanMaxBytesIsRefusedAndTheStreamGoesOn() throws {
        let good = try JSONLStreamTests.line(["id": 1, "text": Workspace.good])
        let long = try JSONLStreamTests.line(["id": 2, "text": String(repeating: "Long text here. ", count: 20_000)])
        let input = [good, long, good].joined(separator: "\n") + "\n"
        let result = try Workspace().run(["audit", "--jsonl", "-", "--max-bytes", "100000"], input: Data(input.utf8))
        #expect(result.code == 2)
        let objects = try JSONLStreamTests.objects(result.stdout)
        #expect(objects.map { $0["id"] as? Int } == [1, nil, 1])
        #expect(objects[1]["error"] as? String == "-:2: line too long (\(long.utf8.count) bytes; the limit is --max-bytes 100000)")
        #expect(objects[1]["line"] as? Int == 2)
    }

    @Test func aLongLastLineWithoutNewlineIsRefusedToo() throws {
        let long = try JSONLStreamTests.line(["id": 2, "text": String(repeating: "x", count: 5000)])
        let result = try Workspace().run(["audit", "--jsonl", "-", "--max-bytes", "1000"], input: Data(long.utf8))
        #expect(result.code == 2)
        #expect(
            try JSONLStreamTests.objects(result.stdout).first?["error"] as? String
                == "-:1: line too long (\(long.utf8.count) bytes; the limit is --max-bytes 1000)")
    }
}
