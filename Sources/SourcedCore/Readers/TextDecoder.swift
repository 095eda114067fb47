/// The encoding a reader decided a file is in.
package enum SourceEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

extension SourceEncoding {
    /// What `TextDecoder.decode` reads `bytes` as (the same decision, without decoding).
    package static func detect(_ bytes: [UInt8]) -> SourceEncoding {
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        let (invalid, valid) = TextDecoder.utf8Census(bytes)
        return invalid > valid ? .windows1252 : .utf8
    }

    var isUTF16: Bool { self == .utf16LE || self == .utf16BE }
}

/// Turns file bytes into valid UTF-8 analysis text with an offset map back to the file.
///
/// Same-length replacements (a non-breaking space becomes two spaces) keep offsets
/// identical; removals and repairs are recorded in the map.
package struct DecodedText: Sendable {
    package var text: [UInt8]
    package var map: OffsetMap
    package var warnings: [String]
    /// What the bytes were read as.
    package var encoding: SourceEncoding = .utf8
}

package enum TextDecoder {
    /// Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM; bytes that are mostly
    /// not UTF-8 are read as Windows-1252, a few bad bytes in UTF-8 become U+FFFD.
    /// Mojibake is repaired; every repair is counted in a warning.
    package static func decode(_ bytes: [UInt8]) -> DecodedText {
        if bytes.starts(with: [0xFF, 0xFE]) { return UTF16Decoder.decode(bytes, bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return UTF16Decoder.decode(bytes, bigEndian: true) }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if !hasBOM {
            let (invalid, valid) = utf8Census(bytes)
            // Windows-1252 text has almost no valid multibyte sequences; damaged UTF-8 has many.
            if invalid > valid { return Windows1252.decode(bytes, invalidUTF8: invalid) }
        }
        return decodeUTF8(bytes, from: hasBOM ? 3 : 0)
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, nil when
    /// `bytes` is all UTF-8 (for inputs that must be, such as JSON Lines).
    package static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = validSequenceLength(bytes, at: index)
            if length == 0 { return index }
            index += length
        }
        return nil
    }

    /// Invalid sequences and valid multibyte sequences in `bytes`.
    static func utf8Census(_ bytes: [UInt8]) -> (invalid: Int, valid: Int) {
        var invalid = 0
        var valid = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = validSequenceLength(bytes, at: index)
            if length == 0 {
                invalid += 1
                index += 1
            } else {
                valid += 1
                index += length
            }
        }
        return (invalid, valid)
    }

    private static func decodeUTF8(_ bytes: [UInt8], from first: Int) -> DecodedText {
        var writer = UTF8Repair(bytes: bytes, from: first)
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length = validSequenceLength(bytes, at: index)
            if length == 0 {
                index = writer.replaceInvalidByte(at: index)
            } else if byte == 0xC2 || byte == 0xC3 || byte == 0xE2, let repair = Mojibake.repair(bytes, at: index) {
                index = writer.apply(repair, at: index)
            } else if byte == 0xC2, bytes[index + 1] == 0xA0 {
                index = writer.widenNonBreakingSpace(at: index)
            } else {
                index += length
            }
        }
        return writer.finish(at: index)
    }

    /// Length of the valid UTF-8 sequence at `index`, or 0 if it is invalid.
    static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        let lowest: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            lowest = 0x80
        case 0xE0...0xEF:
            length = 3
            lowest = 0x800
        case 0xF0...0xF4:
            length = 4
            lowest = 0x10000
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        var scalar = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        guard scalar >= lowest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return 0 }
        return length
    }
}

/// The output of `TextDecoder.decodeUTF8`: valid runs are copied in bulk, every change is
/// recorded in the offset map and counted for the warnings.
private struct UTF8Repair {
    let bytes: [UInt8]
    var output: [UInt8] = []
    var builder = OffsetMapBuilder()
    var invalid = 0, mojibake = 0
    var example: ArraySlice<UInt8> = []
    /// Start of the input run not yet copied.
    var runStart: Int

    init(bytes: [UInt8], from first: Int) {
        self.bytes = bytes
        runStart = first
        output.reserveCapacity(bytes.count)
    }

    /// Copies the pending run up to `end`.
    mutating func flush(to end: Int) {
        guard end > runStart else { return }
        builder.copied(text: output.count, original: runStart, count: end - runStart)
        output.append(contentsOf: bytes[runStart..<end])
    }

    /// Writes U+FFFD for the byte at `index`; returns where to go on.
    mutating func replaceInvalidByte(at index: Int) -> Int {
        flush(to: index)
        builder.replaced(text: output.count, textCount: 3, original: index, originalCount: 1)
        output += [0xEF, 0xBF, 0xBD]
        invalid += 1
        runStart = index + 1
        return runStart
    }

    mutating func apply(_ repair: Mojibake.Repair, at index: Int) -> Int {
        flush(to: index)
        if mojibake == 0 { example = bytes[index..<index + repair.consumed] }
        mojibake += 1
        if repair.bytes == [0xC2, 0xA0] {
            // A damaged non-breaking space becomes as many spaces as it had bytes.
            builder.copied(text: output.count, original: index, count: repair.consumed)
            output += repeatElement(0x20, count: repair.consumed)
        } else {
            builder.replaced(text: output.count, textCount: repair.bytes.count, original: index, originalCount: repair.consumed)
            output += repair.bytes
        }
        runStart = index + repair.consumed
        return runStart
    }

    /// Two spaces for a non-breaking space: the same length keeps offsets.
    mutating func widenNonBreakingSpace(at index: Int) -> Int {
        flush(to: index)
        builder.copied(text: output.count, original: index, count: 2)
        output += [0x20, 0x20]
        runStart = index + 2
        return runStart
    }

    mutating func finish(at end: Int) -> DecodedText {
        flush(to: end)
        var warnings: [String] = []
        if invalid > 0 { warnings.append("replaced \(invalid) invalid UTF-8 byte(s) with U+FFFD") }
        if mojibake > 0 {
            let sample = String(decoding: example, as: UTF8.self)
            let cause = "UTF-8 misread as Windows-1252 or Mac Roman"
            warnings.append("repaired \(mojibake) mojibake sequence(s) (\(cause)) such as '\(sample)'")
        }
        return DecodedText(text: output, map: builder.build(), warnings: warnings, encoding: .utf8)
    }
}
