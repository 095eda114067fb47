import Testing

@testable import SourcedCore

/// Span ends after repairs cover the whole original run, and never run past the file.
@Suite struct OffsetMapEndTests {
    @Test func replacementCharacterAtTheEndStaysInsideTheFile() {
        let bytes = Array("ok ".utf8) + [0xFF]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.map.original(ByteSpan(0, decoded.text.count)) == ByteSpan(0, 4))
        #expect(decoded.map.original(ByteSpan(3, 5)) == ByteSpan(3, 4))
    }

    @Test func repairedMojibakeCoversAllItsBytes() {
        let decoded = TextDecoder.decode(Array("Itâ€™s".utf8))
        // "’" is analysis bytes 2..<5 and file bytes 2..<10 ("â€™" takes 2 + 3 + 3 bytes).
        #expect(decoded.map.original(ByteSpan(2, 5)) == ByteSpan(2, 10))
        #expect(decoded.map.original(ByteSpan(0, 6)) == ByteSpan(0, 11))
    }

    @Test func utf16CharactersCoverTheirCodeUnits() {
        let bytes: [UInt8] = [0xFF, 0xFE] + "Kim".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.map.original(ByteSpan(0, 3)) == ByteSpan(2, 8))
        #expect(decoded.map.original(ByteSpan(1, 2)) == ByteSpan(4, 6))
    }

    @Test func htmlEntitiesCoverTheReference() {
        let document = HTMLReader().read(Array("<p>AT&amp;T &rsquo;s</p>".utf8), path: "e.html")
        #expect(originalText(of: "AT&T", in: document) == "AT&amp;T")
        #expect(originalText(of: "’", in: document) == "&rsquo;")
    }

    @Test func unknownEntitiesStayLiteral() {
        let markdown = MarkdownReader().read(Array("Tom &foo; Jerry and &amp; more.\n".utf8), path: "e.md")
        #expect(blockTexts(markdown) == ["Tom &foo; Jerry and & more."])
        #expect(originalText(of: "&foo; Jerry", in: markdown) == "&foo; Jerry")
        #expect(originalText(of: "& more", in: markdown) == "&amp; more")
    }

    @Test func markdownEscapesAndLinksCoverTheirSource() {
        let document = MarkdownReader().read(Array("A \\*b\\* [c](u) d.\n\nNext.\n".utf8), path: "e.md")
        #expect(originalText(of: "*b*", in: document) == "*b\\*")
        #expect(originalText(of: "c d.", in: document) == "c](u) d.")
        // The blank line between blocks has no source: it maps to the end of the block before.
        let separator = span(of: "\n\n", in: document)!
        #expect(document.map.original(separator).isEmpty)
    }
}
