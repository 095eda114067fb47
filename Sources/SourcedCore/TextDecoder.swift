/// Turns file bytes into valid UTF-8 analysis text with an offset map back to the file.
///
/// Same-length replacements (a non-breaking space becomes two spaces) keep offsets
/// identical; removals and repairs are recorded in the map.
public struct DecodedText: Sendable {
    public var text: [UInt8]
    public var map: OffsetMap
    public var warnings: [String]
}

public enum TextDecoder {
    /// Decodes UTF-8 (with or without BOM), repairing invalid sequences with U+FFFD.
    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var builder = OffsetMapBuilder()
        var invalid = 0, mojibake = 0
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var runStart = index
        func flush(to end: Int) {
            builder.copied(text: output.count - (end - runStart), original: runStart, count: end - runStart)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(byte)
                index += 1
                continue
            }
            let length = validSequenceLength(bytes, at: index)
            if length == 0 {
                flush(to: index)
                let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
                builder.replaced(text: output.count, textCount: 3, original: index, originalCount: 1)
                output += replacement
                invalid += 1
                index += 1
                runStart = index
                continue
            }
            // "¬†" is a non-breaking space decoded as Mac Roman: five bytes become spaces.
            if bytes[index...].starts(with: [0xC2, 0xAC, 0xE2, 0x80, 0xA0]) {
                output += [UInt8](repeating: 0x20, count: 5)
                mojibake += 1
                index += 5
                continue
            }
            if byte == 0xC2, bytes[index + 1] == 0xA0 {
                output += [0x20, 0x20]
            } else {
                output += bytes[index..<index + length]
            }
            index += length
        }
        flush(to: index)
        var warnings: [String] = []
        if invalid > 0 { warnings.append("replaced \(invalid) invalid UTF-8 byte(s) with U+FFFD") }
        if mojibake > 0 { warnings.append("repaired \(mojibake) mojibake sequence(s) such as '¬†'") }
        return DecodedText(text: output, map: builder.build(), warnings: warnings)
    }

    /// Length of the valid UTF-8 sequence at `index`, or 0 if it is invalid.
    static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        let lowest: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; lowest = 0x80
        case 0xE0...0xEF: length = 3; lowest = 0x800
        case 0xF0...0xF4: length = 4; lowest = 0x10000
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
