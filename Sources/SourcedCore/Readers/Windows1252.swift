/// Decodes Windows-1252 (the usual encoding of "not UTF-8" news text) into UTF-8.
enum Windows1252 {
    /// Scalars of 0x80–0x9F; the five undefined bytes keep their C1 value.
    static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
    ]

    static func decode(_ bytes: [UInt8], invalidUTF8: Int) -> DecodedText {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var builder = OffsetMapBuilder()
        var runStart = 0
        func flush(to end: Int) {
            guard end > runStart else { return }
            builder.copied(text: output.count, original: runStart, count: end - runStart)
            output.append(contentsOf: bytes[runStart..<end])
        }
        for index in bytes.indices where bytes[index] >= 0x80 {
            flush(to: index)
            runStart = index + 1
            let byte = bytes[index]
            // A non-breaking space becomes one space: same length, same offsets.
            if byte == 0xA0 {
                builder.copied(text: output.count, original: index, count: 1)
                output.append(0x20)
                continue
            }
            let scalar = byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
            let start = output.count
            appendUTF8(scalar, to: &output)
            builder.replaced(text: start, textCount: output.count - start, original: index, originalCount: 1)
        }
        flush(to: bytes.count)
        let warning = "decoded as Windows-1252 (not UTF-8: \(invalidUTF8) invalid byte sequence(s))"
        return DecodedText(text: output, map: builder.build(), warnings: [warning], encoding: .windows1252)
    }

    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            output.append(UInt8(scalar))
        case ..<0x800:
            output += [UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F)]
        case ..<0x10000:
            output += [
                UInt8(0xE0 | scalar >> 12), UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F),
            ]
        default:
            output += [
                UInt8(0xF0 | scalar >> 18), UInt8(0x80 | scalar >> 12 & 0x3F),
                UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F),
            ]
        }
    }
}
