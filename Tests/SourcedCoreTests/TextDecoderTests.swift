import Testing

@testable import SourcedCore

private func utf8(_ string: String) -> [UInt8] { Array(string.utf8) }

private func utf16(_ string: String, bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in string.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
}

private func text(_ decoded: DecodedText) -> String { String(decoding: decoded.text, as: UTF8.self) }

/// Analysis offset of the first occurrence of `needle`.
private func offset(of needle: String, in decoded: DecodedText) -> Int {
    let haystack = decoded.text
    let pattern = utf8(needle)
    for start in 0...(haystack.count - pattern.count)
    where Array(haystack[start..<start + pattern.count]) == pattern {
        return start
    }
    Issue.record("'\(needle)' not found")
    return -1
}

@Suite struct TextDecoderTests {
    @Test func plainUTF8IsIdentity() {
        let input = "Line one\r\nLine two\rTabs\tand zero\u{200B}width, e\u{301}, emoji 👍🏽\n"
        let decoded = TextDecoder.decode(utf8(input))
        #expect(text(decoded) == input)
        #expect(decoded.map.isIdentity)
        #expect(decoded.warnings.isEmpty)
        #expect(decoded.encoding == .utf8)
    }

    @Test func nonBreakingSpaceBecomesTwoSpacesInPlace() {
        let decoded = TextDecoder.decode(utf8("a\u{A0}b"))
        #expect(text(decoded) == "a  b")
        #expect(decoded.map.isIdentity)
    }

    @Test func byteOrderMarkIsSkipped() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + utf8("Putin said."))
        #expect(text(decoded) == "Putin said.")
        #expect(decoded.map.original(ByteSpan(0, 5)) == ByteSpan(3, 8))
    }

    @Test(arguments: [false, true]) func utf16WithByteOrderMark(bigEndian: Bool) {
        let input = "“Émigré” 👍 said\r\nKim."
        let bytes = utf16(input, bigEndian: bigEndian)
        let decoded = TextDecoder.decode(bytes)
        #expect(text(decoded) == input)
        #expect(decoded.encoding == (bigEndian ? .utf16BE : .utf16LE))
        // "said" follows 12 UTF-16 code units (the emoji takes two) and the 2-byte BOM.
        let said = offset(of: "said", in: decoded)
        #expect(decoded.map.original(said) == 2 + 2 * 12)
        #expect(decoded.map.original(offset(of: "Kim", in: decoded)) == 2 + 2 * 18)
    }

    @Test func windows1252WhenMostBytesAreNotUTF8() {
        let bytes: [UInt8] =
            utf8("caf") + [0xE9] + utf8(" ") + [0x93] + utf8("quoted") + [0x94]
            + utf8(" it") + [0x92] + utf8("s") + [0xA0] + utf8("end")
        let decoded = TextDecoder.decode(bytes)
        #expect(text(decoded) == "café “quoted” it’s end")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.warnings.contains { $0.hasPrefix("decoded as Windows-1252") })
        #expect(decoded.map.original(offset(of: "quoted", in: decoded)) == 6)
        #expect(decoded.map.original(offset(of: "end", in: decoded)) == bytes.count - 3)
    }

    @Test func aFewBadBytesInUTF8AreReplaced() {
        let bytes = utf8("“Putin” said — ") + [0xFF] + utf8(" done")
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(text(decoded) == "“Putin” said — \u{FFFD} done")
        #expect(decoded.warnings == ["replaced 1 invalid UTF-8 byte(s) with U+FFFD"])
        #expect(decoded.map.original(offset(of: "done", in: decoded)) == bytes.count - 4)
    }

    @Test func mojibakeIsRepairedAndCounted() {
        let input = "Itâ€™s cafÃ© â€œhiâ€\u{9D} Mac ‚Äôs and¬†space Â©"
        let bytes = utf8(input)
        let decoded = TextDecoder.decode(bytes)
        #expect(text(decoded) == "It’s café “hi” Mac ’s and     space ©")
        #expect(decoded.warnings.count == 1)
        #expect(decoded.warnings[0].hasPrefix("repaired 7 mojibake sequence(s)"))
        #expect(decoded.warnings[0].hasSuffix("such as 'â€™'"))
        // Offsets after each repair still point at the original bytes.
        let original = { (needle: String) in decoded.map.original(offset(of: needle, in: decoded)) }
        #expect(original("s caf") == utf8("Itâ€™").count)
        #expect(original("Mac") == utf8("Itâ€™s cafÃ© â€œhiâ€\u{9D} ").count)
        #expect(original("space") == utf8("Itâ€™s cafÃ© â€œhiâ€\u{9D} Mac ‚Äôs and¬†").count)
    }

    @Test(arguments: ["l’été à Zürich", "Fuß“ und „Maß“", "château, âge", "Ærø – Å.", "x √2 ¬ y"])
    func ordinaryTextIsNotMojibake(input: String) {
        let decoded = TextDecoder.decode(utf8(input))
        #expect(text(decoded) == input)
        #expect(decoded.warnings.isEmpty)
    }

    @Test func sampleMacRomanSpaceKeepsOffsets() {
        let decoded = TextDecoder.decode(utf8("Connection?¬†first"))
        #expect(text(decoded) == "Connection?     first")
        #expect(decoded.map.isIdentity)
    }
}
