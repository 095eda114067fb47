import Testing

@testable import SourcedCore

/// The fallback article body (no paragraph scores) is chosen in linear time and is the element
/// the direct definition picks: each node's length asked of its subtree, first maximum wins.
struct HTMLArticleBodyTests {
    /// The definition, written the direct way (quadratic on a page of many blocks).
    static func reference(_ page: HTMLNode) -> Int {
        func length(_ node: HTMLNode) -> Int {
            switch node.kind {
            case .text: return node.content.count
            case .comment: return 0
            case .element: return HTMLExtractor.isSkipped(node) ? 0 : node.children.reduce(0) { $0 + length($1) }
            }
        }
        if let body = page.first(where: { ($0.attributes["itemprop"] ?? "").contains("articleBody") }) { return body.id }
        if let article = page.all(where: { $0.name == "article" }).max(by: { length($0) < length($1) }) { return article.id }
        if let main = page.first(where: { $0.name == "main" }) { return main.id }
        let paragraphText = { (node: HTMLNode) in node.children.reduce(0) { $0 + ($1.name == "p" ? length($1) : 0) } }
        if let densest = page.all(where: { _ in true }).max(by: { paragraphText($0) < paragraphText($1) }), paragraphText(densest) > 0 {
            return densest.id
        }
        return (page.first(where: { $0.name == "body" }) ?? page).id
    }

    static let pieces = [
        "<p>Short one.</p>", "<p>Short two, with a comma.</p>", "<article><p>In an article.</p></article>",
        "<article><p>Other article, same length</p></article>", "<aside><article><p>Aside article text.</p></article></aside>",
        "<div class=\"sidebar\"><p>Sidebar words here.</p></div>", "<main><p>Main text.</p></main>",
        "<div><p>Nested p.</p><p>Two.</p></div>",
        "<header><h2>Head</h2><p>Under head.</p></header>", "<p hidden>Hidden text is long here.</p>", "<div>Loose text</div>",
        "<section><div><p>Deep one.</p></div><p>Beside.</p></section>", "<article><article><p>Inner.</p></article><p>Outer.</p></article>",
    ]

    /// Pages from every pair and triple of pieces, some twice (ties), all without a scoring paragraph.
    static func pages() -> [String] {
        var pages: [String] = []
        for (i, a) in pieces.enumerated() {
            for (j, b) in pieces.enumerated() {
                pages.append("<html><body>\(a)\(b)\(pieces[(i + j) % pieces.count])</body></html>")
            }
        }
        return pages
    }

    @Test func sameBodyAsTheDirectDefinition() throws {
        for html in Self.pages() {
            let page = try #require(HTMLReader.parse(Array(html.utf8))?.page)
            #expect(HTMLExtractor.articleBody(of: page).id == Self.reference(page), "\(html)")
        }
    }

    @Test func eachNodeIsMeasuredOnce() throws {
        // Paragraphs too short to score, so the fallback runs; the old way re-measured the
        // running maximum (the body) at every comparison: 10^4 nodes, 10^8 steps.
        let html = "<html><body>" + String(repeating: "<p>Hi there.</p>", count: 5000) + "<article><p>A.</p></article></body></html>"
        let page = try #require(HTMLReader.parse(Array(html.utf8))?.page)
        let lengths = HTMLTextLengths(page)
        func count(_ node: HTMLNode) -> Int { 1 + node.children.reduce(0) { $0 + count($1) } }
        #expect(lengths.measured == count(page))
        #expect(HTMLExtractor.articleBody(of: page).name == "article")
        let document = HTMLReader().read(Array(html.utf8), path: "short.html")
        #expect(document.blocks.count == 1)
    }
}
