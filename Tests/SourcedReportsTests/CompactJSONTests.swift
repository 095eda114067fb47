import Foundation
import Testing

@testable import SourcedReports

/// The compact writer must produce exactly what `JSONSerialization` writes with sorted keys
/// and unescaped slashes: JSON Lines users diff and hash these bytes.
@Suite struct CompactJSONTests {
    static var values: [Any] {
        [
            ["schema": "sourced/1", "score": 46.3, "count": 3, "ok": true, "none": NSNull()] as [String: Any],
            ["a_b": 1, "ab": 2, "_z": 3, "a": [1, 2.5, 100.0, -0.0, 1e-7, 1e21, 0.07142857142857142]] as [String: Any],
            ["text": "a\"b\\c/d\n\t\r\u{8}\u{c}\u{1}\u{1f}é😀\u{7f}\u{2028} “quoted”"] as [String: Any],
            [[String: Any](), [Any](), ["nested": ["deep": [["x": 1]]]]] as [Any],
        ]
    }

    @Test(arguments: 0..<4)
    func matchesJSONSerialization(_ index: Int) throws {
        let value = Self.values[index]
        let expected = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        #expect(CompactJSON.string(value) == String(decoding: expected, as: UTF8.self))
    }
}
