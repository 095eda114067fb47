import Foundation
import Testing

@testable import SourcedCore

/// Lines and columns point at what the user sees, whatever the file's encoding.
@Suite struct LineIndexTests {
    static let text = "Émigré 😀 said\r\nno.\nA “quote” 😀 here.\n\nEnd"

    /// (byte offset in `bytes`, line, scalar column, UTF-16 column) of every scalar of `text`.
    static func expected(_ encoding: SourceEncoding) -> (bytes: [UInt8], marks: [(Int, Int, Int, Int)]) {
        var bytes: [UInt8]
        switch encoding {
        case .utf16LE: bytes = [0xFF, 0xFE]
        case .utf16BE: bytes = [0xFE, 0xFF]
        default: bytes = [0xEF, 0xBB, 0xBF]
        }
        var marks: [(Int, Int, Int, Int)] = []
        var line = 1
        var column = 1
        var utf16 = 1
        for scalar in text.unicodeScalars {
            marks.append((bytes.count, line, column, utf16))
            for unit in String(scalar).utf16 where encoding != .utf8 {
                bytes += encoding == .utf16LE ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            }
            if encoding == .utf8 { bytes += Array(String(scalar).utf8) }
            if scalar == "\n" {
                (line, column, utf16) = (line + 1, 1, 1)
            } else {
                column += 1
                utf16 += scalar.utf16.count
            }
        }
        return (bytes, marks)
    }

    @Test(arguments: [SourceEncoding.utf16LE, .utf16BE, .utf8])
    func everyCharacterIsLocatedAsTheUserSeesIt(_ encoding: SourceEncoding) {
        let (bytes, marks) = Self.expected(encoding)
        #expect(TextDecoder.decode(bytes).encoding == encoding)
        let index = LineIndex(bytes)
        #expect(index.encoding == encoding)
        for (offset, line, column, utf16) in marks {
            #expect(index.line(of: offset) == line, "offset \(offset)")
            #expect(index.column(of: offset) == column, "offset \(offset)")
            #expect(index.utf16Column(of: offset) == utf16, "offset \(offset)")
        }
    }

    @Test func windows1252BytesAreOneColumnEach() {
        // "café — naïve" in Windows-1252: é 0xE9, — 0x97, ï 0xEF; no valid UTF-8 sequence.
        let bytes: [UInt8] = Array("line\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x20, 0x97, 0x20, 0x6E, 0x61, 0xEF, 0x76, 0x65]
        #expect(TextDecoder.decode(bytes).encoding == .windows1252)
        let index = LineIndex(bytes)
        #expect(index.line(of: 10) == 2 && index.column(of: 10) == 6 && index.utf16Column(of: 10) == 6)
    }

    @Test func detectionAgreesWithTheDecoder() {
        let samples: [[UInt8]] = [
            [], Array("plain".utf8), [0xEF, 0xBB, 0xBF, 0x41], [0xFF, 0xFE, 0x41, 0x00], [0xFE, 0xFF, 0x00, 0x41],
            [0x63, 0x61, 0x66, 0xE9], Array("Ã© mojibake".utf8), [0x41, 0xFF, 0xC3, 0xA9, 0xC3, 0xA9],
        ]
        for bytes in samples { #expect(SourceEncoding.detect(bytes) == TextDecoder.decode(bytes).encoding, "\(bytes)") }
    }
}
