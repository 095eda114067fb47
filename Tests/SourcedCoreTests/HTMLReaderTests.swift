import Testing

@testable import SourcedCore

private func read(_ html: String) -> SourceDocument {
    HTMLReader().read(Array(html.utf8), path: "article.html")
}

@Suite struct HTMLReaderTests {
    static let page = """
        <!DOCTYPE html>
        <html><head><title>Putin Meets Kim | Example News</title>
        <style>p { color: red }</style><script>var said = "Putin";</script></head>
        <body>
        <nav><ul><li><a href="/">Home</a></li><li>World</li></ul></nav>
        <article>
          <h1>Putin Meets Kim</h1>
          <p class="byline">By A. Reporter</p>
          <p>Kim <b>met</b> Putin, <a href="https://kremlin.ru">the Kremlin said</a>.
             It was AT&amp;T&rsquo;s &ldquo;day&rdquo;&nbsp;too.</p>
          <aside><p>Related: another story</p></aside>
          <h2>Plans</h2>
          <blockquote><p>“That’s exactly why we came here.”</p></blockquote>
          <ul><li>First item</li><li>Second <em>item</em></li></ul>
          <figure><img src="x.jpg" alt="a photo"><figcaption>Photo: Shutterstock</figcaption></figure>
          <div class="share-buttons">Share this</div>
        </article>
        <footer><p>Copyright 2023</p></footer>
        </body></html>
        """

    @Test func articleBlocksAndHints() {
        let document = read(Self.page)
        #expect(
            blockTexts(document) == [
                "Putin Meets Kim", "By A. Reporter",
                "Kim met Putin, the Kremlin said. It was AT&T’s “day” too.",
                "Plans", "“That’s exactly why we came here.”", "First item", "Second item",
                "Photo: Shutterstock",
            ])
        #expect(
            hints(document) == [
                .title, .boilerplate, .paragraph, .heading, .paragraph, .paragraph, .paragraph, .boilerplate,
            ])
    }

    @Test func aHoverCardKeepsItsTriggerAndDropsTheCard() {
        let html = """
            <html><body><article><h1>Meth campaign</h1>
            <p>South Dakota Gov. <span class="rollover-people"><a class="rollover-people-link" href="/people/kristi-noem">Kristi \
            Noem</a><span class="rollover-people-block"><a class="name" href="/people/kristi-noem">Kristi Lynn Noem</a> \
            <a href="/news/1">Another story</a> <a class="more" href="/people/kristi-noem">MORE</a></span></span> (R) is \
            defending the campaign, she said on Monday in a long statement to reporters.</p>
            <span class="tooltip">Tap to see more</span>
            </article></body></html>
            """
        #expect(
            blockTexts(read(html)) == [
                "Meth campaign",
                "South Dakota Gov. Kristi Noem (R) is defending the campaign, she said on Monday in a long statement to reporters.",
            ])
    }

    @Test func textMapsBackToTheHTMLLines() {
        let document = read(Self.page)
        #expect(originalText(of: "the Kremlin said", in: document) == "the Kremlin said")
        #expect(originalLine(of: "Putin Meets Kim", in: document) == 7)
        #expect(originalLine(of: "It was", in: document) == 10)
        #expect(originalText(of: "day", in: document) == "day")
        #expect(originalText(of: "too.", in: document) == "too.")
        #expect(originalLine(of: "Second", in: document) == 14)
        #expect(originalText(of: "Photo: Shutterstock", in: document) == "Photo: Shutterstock")
    }

    @Test func titleElementWhenThereIsNoHeadline() {
        let document = read("<html><head><title>Only &amp; Title</title></head><body><p>Body text.</p></body></html>")
        #expect(blockTexts(document) == ["Only & Title", "Body text."])
        #expect(hints(document) == [.title, .paragraph])
        #expect(originalText(of: "Body", in: document) == "Body")
    }

    @Test func headlineOutsideTheArticleBodyComesFirst() {
        let document = read(
            """
            <html><body><header><h1>The Headline</h1></header>
            <div itemprop="articleBody"><p>First.</p><p>Second.</p></div>
            <div><p>Comments and other things.</p></div></body></html>
            """)
        #expect(blockTexts(document) == ["The Headline", "First.", "Second."])
        #expect(originalLine(of: "First.", in: document) == 2)
    }

    @Test func minifiedPageMapsPastSkippedText() {
        let html =
            "<html><head><title>World</title></head><body><nav><a>World</a><h1>Site</h1></nav>"
            + "<article><p>World leaders met.</p><p>World</p></article></body></html>"
        let document = read(html)
        #expect(blockTexts(document) == ["World", "World leaders met.", "World"])
        #expect(hints(document) == [.title, .paragraph, .paragraph])
        let bytes = Array(html.utf8)
        let article = bytes.indices.first { bytes[$0...].starts(with: Array("World leaders".utf8)) }
        #expect(document.map.original(document.blocks[1].span).start == article)
        #expect(document.map.original(document.blocks[2].span) == ByteSpan(bytes.count - 33, bytes.count - 28))
    }

    @Test func paragraphsOfOnlyLinksAreBoilerplate() {
        let document = read(
            "<article><h1><a href=\"/s\">Linked headline</a></h1><p>Text with <a>a link</a>.</p>"
                + "<ul><li><a href=\"/o\">Other story</a></li></ul></article>")
        #expect(hints(document) == [.title, .paragraph, .boilerplate])
    }

    @Test func densestBlockWithoutArticleMarkup() {
        let document = read(
            """
            <html><body><div class="top"><p>Site name</p></div>
            <div class="content"><p>A long paragraph of article text here.</p><p>And another long one.</p>
            Loose text.</div></body></html>
            """)
        #expect(
            blockTexts(document) == ["A long paragraph of article text here.", "And another long one.", "Loose text."])
    }

    @Test func suppressionComments() {
        let document = read(
            """
            <article><p>Scored.</p>
            <!-- sourced-ignore-next: syndicated boilerplate -->
            <p>Not scored.</p>
            <!-- sourced-ignore-next: -->
            <p>Scored again.</p></article>
            """)
        #expect(document.blocks.map(\.suppression) == [nil, "syndicated boilerplate", nil])
        #expect(document.warnings == [SuppressionComment.warning(line: 4)])
    }

    @Test(arguments: [
        "<p>unclosed <b>bold <i>and a stray < sign",
        "<div><p>one<p>two</div></span></article>",
        "<<<>>> text &bogus; &#99999999; <p",
        "</p></p>just text",
    ])
    func malformedHTMLStillYieldsText(html: String) {
        let document = read(html)
        #expect(!document.blocks.isEmpty)
        for block in document.blocks { #expect(!block.span.isEmpty) }
    }

    @Test func crlfAndWindows1252Pages() {
        let html: [UInt8] =
            Array("<article>\r\n<p>Caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94]
            + Array("</p>\r\n<p>Next line.</p></article>".utf8)
        let document = HTMLReader().read(html, path: "old.html")
        #expect(blockTexts(document) == ["Café “quoted”", "Next line."])
        #expect(document.warnings.first?.hasPrefix("decoded as Windows-1252") == true)
        #expect(originalLine(of: "Next", in: document) == 3)
        #expect(originalText(of: "quoted", in: document) == "quoted")
    }
}

@Suite struct HTMLCharsetTests {
    @Test(arguments: [
        "<meta charset=\"windows-1252\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
    ])
    func declaredCharsetDoesNotOverrideTheDecodedText(meta: String) {
        let html = "<html><head>\(meta)</head><body><p>Café “quoted” it’s.</p></body></html>"
        let document = HTMLReader().read(Array(html.utf8), path: "m.html")
        #expect(blockTexts(document) == ["Café “quoted” it’s."])
        #expect(originalText(of: "it’s.", in: document) == "it’s.")
    }
}
