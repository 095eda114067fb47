/// Decodes UTF-16 with a byte order mark into UTF-8, mapping every character back to
/// its code units in the file.
enum UTF16Decoder {
    static func decode(_ bytes: [UInt8], bigEndian: Bool) -> DecodedText {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 2 + bytes.count / 8)
        var builder = OffsetMapBuilder()
        var invalid = 0
        func unit(_ index: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[index]) << 8 | UInt32(bytes[index + 1])
                : UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index])
        }
        var index = 2
        while index + 1 < bytes.count {
            var scalar = unit(index)
            var consumed = 2
            if (0xD800...0xDBFF).contains(scalar), index + 3 < bytes.count,
                case let low = unit(index + 2), (0xDC00...0xDFFF).contains(low)
            {
                scalar = 0x10000 + ((scalar - 0xD800) << 10 | (low - 0xDC00))
                consumed = 4
            } else if (0xD800...0xDFFF).contains(scalar) {
                scalar = 0xFFFD
                invalid += 1
            } else if scalar == 0xA0 {
                scalar = 0x20
            }
            let start = output.count
            Windows1252.appendUTF8(scalar, to: &output)
            builder.replaced(text: start, textCount: output.count - start, original: index, originalCount: consumed)
            index += consumed
        }
        if index < bytes.count { invalid += 1 }
        let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
        var warnings = ["decoded as \(name) (byte order mark)"]
        if invalid > 0 { warnings.append("replaced \(invalid) invalid \(name) code unit(s) with U+FFFD") }
        return DecodedText(
            text: output, map: builder.build(), warnings: warnings, encoding: bigEndian ? .utf16BE : .utf16LE)
    }
}
