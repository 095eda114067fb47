/// Finds UTF-8 text that was once decoded as Windows-1252 or Mac Roman and encoded
/// again ("â€™" for "’", "Ã©" for "é", "¬†" for a non-breaking space).
///
/// Only the lead characters such damage produces in practice (Â Ã Å â ð, ¬ √ ‚) start a
/// candidate, so ordinary accented text ("l’été", "Fuß“") is left alone.
enum Mojibake {
    struct Repair: Equatable {
        /// Bytes of the damaged sequence in the input.
        var consumed: Int
        /// The UTF-8 bytes it stood for.
        var bytes: [UInt8]
    }

    /// The repair of a damaged sequence starting at `index`, or nil.
    static func repair(_ bytes: [UInt8], at index: Int) -> Repair? {
        guard let (lead, length) = scalar(bytes, at: index) else { return nil }
        if let first = windows1252Lead(lead),
            let repair = decode(bytes, from: index, after: length, lead: first, byte: windows1252Byte)
        {
            return repair
        }
        if let first = macRomanLead(lead),
            let repair = decode(bytes, from: index, after: length, lead: first, byte: macRomanByte)
        {
            return repair
        }
        return nil
    }

    private static func decode(
        _ bytes: [UInt8], from index: Int, after leadLength: Int, lead: UInt8, byte: (UInt32) -> UInt8?
    ) -> Repair? {
        let needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
        var sequence = [lead]
        var next = index + leadLength
        for _ in 0..<needed {
            guard let (scalar, length) = scalar(bytes, at: next), let value = byte(scalar),
                value & 0xC0 == 0x80
            else { return nil }
            sequence.append(value)
            next += length
        }
        guard TextDecoder.validSequenceLength(sequence, at: 0) == sequence.count else { return nil }
        // C1 controls are never what the author meant.
        if sequence[0] == 0xC2, sequence[1] < 0xA0 { return nil }
        return Repair(consumed: next - index, bytes: sequence)
    }

    /// The scalar value and length of the valid UTF-8 sequence at `index`.
    static func scalar(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        guard index < bytes.count else { return nil }
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = TextDecoder.validSequenceLength(bytes, at: index)
        guard length > 0 else { return nil }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    private static func windows1252Lead(_ scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0xC2, 0xC3, 0xC5, 0xE2, 0xF0: return UInt8(scalar)
        default: return nil
        }
    }

    private static func macRomanLead(_ scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0xAC: return 0xC2  // ¬
        case 0x221A: return 0xC3  // √
        case 0x201A: return 0xE2  // ‚
        default: return nil
        }
    }

    /// The Windows-1252 byte of a scalar; C1 controls stand for themselves because
    /// decoders leave the five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) that way.
    static func windows1252Byte(_ scalar: UInt32) -> UInt8? {
        if scalar >= 0x80, scalar <= 0xFF { return UInt8(scalar) }
        guard let index = Windows1252.high.firstIndex(of: scalar) else { return nil }
        return UInt8(0x80 + index)
    }

    private static func macRomanByte(_ scalar: UInt32) -> UInt8? {
        guard let index = macRomanContinuation.firstIndex(of: scalar) else { return nil }
        return UInt8(0x80 + index)
    }

    /// Mac Roman 0x80–0xBF, the bytes that can follow a lead in a UTF-8 sequence.
    private static let macRomanContinuation: [UInt32] = [
        0xC4, 0xC5, 0xC7, 0xC9, 0xD1, 0xD6, 0xDC, 0xE1, 0xE0, 0xE2, 0xE4, 0xE3, 0xE5, 0xE7, 0xE9, 0xE8,
        0xEA, 0xEB, 0xED, 0xEC, 0xEE, 0xEF, 0xF1, 0xF3, 0xF2, 0xF4, 0xF6, 0xF5, 0xFA, 0xF9, 0xFB, 0xFC,
        0x2020, 0xB0, 0xA2, 0xA3, 0xA7, 0x2022, 0xB6, 0xDF, 0xAE, 0xA9, 0x2122, 0xB4, 0xA8, 0x2260, 0xC6, 0xD8,
        0x221E, 0xB1, 0x2264, 0x2265, 0xA5, 0xB5, 0x2202, 0x2211, 0x220F, 0x3C0, 0x222B, 0xAA, 0xBA, 0x3A9, 0xE6, 0xF8,
    ]
}
