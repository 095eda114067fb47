import Testing

@testable import SourcedCore

private func read(_ markdown: String) -> SourceDocument {
    MarkdownReader().read(Array(markdown.utf8), path: "article.md")
}

@Suite struct MarkdownReaderTests {
    @Test func blocksOfAnArticle() {
        let document = read(
            """
            ---
            title: "Putin Meets Kim"
            date: 2023-09-13
            ---
            # Putin Meets Kim

            Kim **met** Putin, [the Kremlin said](https://kremlin.ru "Kremlin").
            It was `cryptic` and _brief_.

            ## Plans

            > “That’s exactly why we came here.”

            - First item
            - Second item

            ```
            let code = "not scored"
            ```

            | a | b |
            |---|---|
            | 1 | 2 |

            <!-- a comment -->
            ![a photo](photo.jpg) Final words.
            """)
        #expect(
            blockTexts(document) == [
                "Putin Meets Kim",
                "Kim met Putin, the Kremlin said. It was cryptic and brief.",
                "Plans",
                "“That’s exactly why we came here.”",
                "First item", "Second item", "Final words.",
            ])
        #expect(hints(document) == [.title, .paragraph, .heading, .paragraph, .paragraph, .paragraph, .paragraph])
        #expect(String(decoding: document.text, as: UTF8.self).contains("\n\nPlans\n\n"))
    }

    @Test func firstHeadingIsTheTitleWithoutFrontMatter() {
        let document = read("# Headline\n\nBody text.\n\n# Another\n")
        #expect(hints(document) == [.title, .paragraph, .heading])
    }

    @Test func textMapsBackToTheMarkdownBytes() {
        let document = read(
            "---\ntitle: 'T'\n---\n\nKim **met** Putin, [the Kremlin said](https://k.ru).\nSecond line.\n")
        #expect(originalText(of: "T", in: document) == "T")
        #expect(originalText(of: "met", in: document) == "met")
        #expect(originalText(of: "the Kremlin said", in: document) == "the Kremlin said")
        #expect(originalText(of: "Second line.", in: document) == "Second line.")
        #expect(originalLine(of: "Second", in: document) == 6)
        #expect(originalText(of: ".", in: document) == ".")
    }

    @Test func entitiesAndEscapesMapToTheirSource() {
        let document = read("AT&amp;T said \\*not emphasis\\* &ldquo;here&rdquo; today.\n")
        #expect(blockTexts(document) == ["AT&T said *not emphasis* “here” today."])
        #expect(originalText(of: "not emphasis", in: document) == "not emphasis")
        #expect(originalText(of: "here", in: document) == "here")
        #expect(originalText(of: "today.", in: document) == "today.")
    }

    @Test func crlfLineEndings() {
        let document = read("# Title\r\n\r\nFirst line\r\nsecond line.\r\n\r\nNext paragraph.\r\n")
        #expect(blockTexts(document) == ["Title", "First line second line.", "Next paragraph."])
        #expect(originalLine(of: "second", in: document) == 4)
        #expect(originalLine(of: "Next", in: document) == 6)
    }

    @Test func suppressionCommentMarksTheNextBlock() {
        let document = read(
            """
            Scored.

            <!-- sourced-ignore-next: quoted from a press release -->
            Not scored.

            <!-- sourced-ignore-next -->
            Scored again.
            """)
        #expect(document.blocks.map(\.suppression) == [nil, "quoted from a press release", nil])
        #expect(document.warnings == [SuppressionComment.warning(line: 6)])
    }

    @Test func utf16MarkdownMapsToCodeUnits() {
        let markdown = "# Title\n\nKim said.\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + markdown.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let document = MarkdownReader().read(bytes, path: "u16.md")
        #expect(blockTexts(document) == ["Title", "Kim said."])
        #expect(span(of: "Kim", in: document).map { document.map.original($0.start) } == 2 + 2 * 9)
    }

    @Test func mojibakeInMarkdownIsRepairedWithOffsets() {
        let markdown = "Itâ€™s **cafÃ©** time.\n"
        let document = read(markdown)
        #expect(blockTexts(document) == ["It’s café time."])
        #expect(document.warnings.first?.hasPrefix("repaired 2 mojibake sequence(s)") == true)
        #expect(originalText(of: "time.", in: document) == "time.")
        #expect(originalText(of: "caf", in: document) == "caf")
    }

    @Test func paragraphsOfOnlyLinksAreBoilerplate() {
        let document = read("# T\n\n[Another story](https://x.com).\n\n- [Promo](u)\n\nSee [the report](u).\n")
        #expect(hints(document) == [.title, .boilerplate, .boilerplate, .paragraph])
    }

    @Test func malformedMarkdownStillYieldsText() {
        let document = read("<div>\nunclosed **bold [link( `code\n\n* * *\n\n> quote <b\n")
        #expect(!document.blocks.isEmpty)
    }
}
