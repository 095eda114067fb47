import Foundation
import Testing

@testable import SourcedCore

/// The checkpointed line index gives the columns a rescan of the line gives, for every
/// offset, in every encoding, across checkpoint boundaries and on lines far longer than one.
@Suite struct LineIndexCheckpointTests {
    /// Deterministic mixed text: ASCII, two-, three- and four-byte characters, long and short lines.
    static func text(seed: UInt64, length: Int) -> String {
        var state = seed
        var result = ""
        let pieces = ["a", "b ", "é", "€", "😀", "\n", "word ", "Ω"]
        while result.unicodeScalars.count < length {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let pick = Int(state >> 33) % (pieces.count * 8)
            result += pick < pieces.count ? pieces[pick] : pieces[pick % 5 == 0 ? 0 : pick % 4 + 1]
        }
        return result
    }

    /// Columns by walking the line's characters, as the index did before checkpoints.
    static func reference(_ text: String) -> [(offset: Int, line: Int, column: Int, utf16: Int)] {
        var result: [(Int, Int, Int, Int)] = []
        var offset = 0
        var line = 1
        var column = 1
        var utf16 = 1
        for scalar in text.unicodeScalars {
            result.append((offset, line, column, utf16))
            offset += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
                utf16 = 1
            } else {
                column += 1
                utf16 += scalar.utf16.count
            }
        }
        return result
    }

    @Test(arguments: [1, 2, 3])
    func columnsMatchARescanOfTheLine(seed: UInt64) {
        let text = Self.text(seed: seed, length: 6000)
        let index = LineIndex(Array(text.utf8))
        for expected in Self.reference(text) {
            #expect(index.line(of: expected.offset) == expected.line)
            #expect(index.column(of: expected.offset) == expected.column)
            #expect(index.utf16Column(of: expected.offset) == expected.utf16)
        }
    }

    @Test func utf16FilesCountFromAfterTheByteOrderMark() {
        let text = Self.text(seed: 9, length: 3000).replacingOccurrences(of: "\n", with: "")
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let index = LineIndex(bytes)
        var offset = 2
        var column = 1
        for scalar in text.unicodeScalars {
            #expect(index.column(of: offset) == column)
            offset += scalar.utf16.count * 2
            column += 1
        }
    }
}
