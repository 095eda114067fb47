import PCRE2
import Testing

@testable import SourcedCore

/// Deep nesting never drops text silently: past libxml2's limit (256) and past the reader's
/// own depth (200) every word is still read, with a warning saying what lost its structure.
struct DeepHTMLTests {
    static let bare = "<p>Prices rose 40 percent last year. The bridge will close in May. The mayor resigned on Friday.</p>"

    func analyze(_ html: String) throws -> DocumentAnalysis {
        let document = HTMLReader().read(Array(html.utf8), path: "deep.html")
        return try Analyzer(pack: Package.pack).analyze(document, matcher: Matcher())
    }

    func score(_ analysis: DocumentAnalysis) -> Double? {
        SourcingScore(analysis, weights: ScoreWeights(document: 0.9, anonymous: 0.6, pronoun: 1, unresolvedPronoun: 0.5, vague: 0.3)).value
    }

    @Test func bareClaimsAfter260EmptyDivsAreScored() throws {
        let deep = String(repeating: "<div>", count: 260) + String(repeating: "</div>", count: 260)
        let html = "<html><body><h1>Bridge news</h1><p>The council said the bridge was safe.</p>\(deep)\(Self.bare)</body></html>"
        let analysis = try analyze(html)
        #expect(analysis.segments.filter { $0.segment.kind == .sentence }.count == 4)
        #expect(analysis.document.warnings.contains { $0.contains("nested deeper than 200 levels") })
        // One attributed sentence of four: a --min-score 90 check cannot pass.
        #expect(try #require(score(analysis)) < 90)
    }

    @Test func claimsInside260DivsAreReadFlat() throws {
        let html =
            "<html><body><h1>Bridge news</h1>" + String(repeating: "<div>", count: 260) + Self.bare
            + "<script>var said = 1;</script><p>Taxes went up.</p>" + String(repeating: "</div>", count: 260) + "</body></html>"
        let analysis = try analyze(html)
        let sentences = analysis.segments.filter { $0.segment.kind == .sentence }.map { analysis.document.string($0.segment.span) }
        #expect(
            sentences == [
                "Prices rose 40 percent last year.", "The bridge will close in May.", "The mayor resigned on Friday.", "Taxes went up.",
            ])
        #expect(score(analysis) == 0)
    }

    @Test func shallowPagesHaveNoWarning() throws {
        #expect(try analyze("<html><body><h1>Bridge news</h1>\(Self.bare)</body></html>").document.warnings.isEmpty)
    }
}

/// A page whose HTML holds only a teaser: the article comes from its JSON-LD articleBody,
/// every byte still mapped back to the file.
struct JSONLDBodyTests {
    @Test func articleBodyOfJSONLDWhenTheHTMLHoldsATeaser() throws {
        let sentence = "The council approved the budget on Monday after a long debate, officials said."
        let body = Array(repeating: sentence, count: 8).joined(separator: " ") + "\\n\\nThe mayor will sign it \\u201csoon\\u201d."
        let html = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "\(body)"}</script></head>
            <body><h1>Budget passes</h1><p>Read the full story in our app.</p></body></html>
            """
        let document = HTMLReader().read(Array(html.utf8), path: "teaser.html")
        let paragraphs = document.blocks.filter { $0.hint == .paragraph }.map { document.string($0.span) }
        #expect(paragraphs.count == 2)
        #expect(paragraphs.last == "The mayor will sign it “soon”.")
        let last = try #require(document.blocks.last)
        let original = document.map.original(last.span)
        #expect(String(decoding: document.original[original.range], as: UTF8.self) == "The mayor will sign it \\u201csoon\\u201d.")
    }
}
