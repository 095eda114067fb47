import Testing

@testable import SourcedCore

/// Deterministic pseudo-random inputs built from markup fragments: every reader must
/// return valid UTF-8 and spans that map inside the file, never crash.
@Suite struct ReaderRobustnessTests {
    static let fragments: [[UInt8]] =
        [
            "<p>", "</p>", "<article>", "<h1>", "</h2>", "<!--", "-->", "<!-- sourced-ignore-next: x -->", "<br>",
            "<a href=\"x\">", "</a>", "<script>", "</script>", "&amp;", "&rsquo;", "&#x2019;", "&bogus;", "&", "<",
            ">", "\\*", "**", "_", "`", "[", "](", ")", "![", "# ", "## ", "> ", "- ", "1. ", "---", "```", "|",
            "\n", "\r\n", "\r", "\n\n", "\t", "  ", "Putin said", " Kim ", "“quoted”", "â€™", "Ã©", "¬†", "\u{A0}",
            "\u{200B}", "e\u{301}", "👍🏽",
        ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0x92], [0xEF, 0xBB, 0xBF]]

    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test(arguments: [InputFormat.text, .markdown, .html])
    func randomMarkupNeverBreaksTheInvariants(format: InputFormat) {
        var generator = Generator(state: 0x5EED)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<generator.next(60) { bytes += Self.fragments[generator.next(Self.fragments.count)] }
            let document: SourceDocument
            switch format {
            case .text: document = PlainTextReader().read(bytes, path: "fuzz")
            case .markdown: document = MarkdownReader().read(bytes, path: "fuzz")
            case .html: document = HTMLReader().read(bytes, path: "fuzz")
            }
            #expect(String(validating: document.text, as: UTF8.self) != nil)
            for block in document.blocks {
                #expect(block.span.end <= document.text.count && !block.span.isEmpty)
                let mapped = document.map.original(block.span)
                #expect(mapped.start >= 0 && mapped.end <= bytes.count && mapped.start <= mapped.end)
            }
        }
    }

    @Test(arguments: [
        String(repeating: ">", count: 20_000) + " quoted\n", String(repeating: "- ", count: 20_000) + "item\n",
        String(repeating: "*", count: 20_000) + "y" + String(repeating: "*", count: 20_000),
    ])
    func deepMarkdownDoesNotExhaustTheStack(markdown: String) {
        let document = MarkdownReader().read(Array(("Intro.\n\n" + markdown).utf8), path: "deep.md")
        #expect(blockTexts(document).first == "Intro.")
        #expect(document.warnings == ["skipped Markdown nested deeper than 200 levels"])
    }

    @Test func deepHTMLDoesNotExhaustTheStack() {
        let html = "<p>Intro.</p>" + String(repeating: "<div>", count: 20_000) + "deep"
        let document = HTMLReader().read(Array(html.utf8), path: "deep.html")
        #expect(blockTexts(document).first == "Intro.")
    }
}
