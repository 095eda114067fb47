/// Turns a parsed HTML page into blocks of article text mapped back to the file.
struct HTMLExtractor {
    private(set) var writer: BlockWriter
    private(set) var warnings: [String] = []
    private var aligner: SourceAligner
    private var titleID: Int?
    private var bodyIDs: Set<Int> = []
    /// The JSON-LD script whose `articleBody` is the article, when the HTML holds only a teaser.
    private var jsonLDScript: Int?
    /// Its article, read where the script is and written under the headline.
    private var jsonLDBody: JSONLDBody?

    init(source: [UInt8], map: OffsetMap) {
        aligner = SourceAligner(source: source, syntax: .html)
        writer = BlockWriter(sourceMap: map)
    }

    /// Walks the whole page in order so the aligner passes over skipped text too, and
    /// writes only the headline and the article body.
    mutating func extract(_ page: HTMLNode) {
        let locator = ArticleLocator(page: page)
        let located = locator.articleIDs()
        let bodies = located.isEmpty ? [Self.articleBody(of: page).id] : located
        bodyIDs = Set(bodies)
        let htmlLength = located.reduce(0) { $0 + locator.textLength($1) }
        if let (script, length) = Self.jsonLDArticle(in: page), length > 500, length > 3 * htmlLength {
            jsonLDScript = script
            bodyIDs = []
        }
        let containers = page.all { bodyIDs.contains($0.id) }
        titleID =
            (containers.lazy.compactMap(Self.firstHeadline).first ?? Self.firstHeadline(in: page)
            ?? page.first(where: { $0.name == "title" }))?.id
        walk(page, hint: .paragraph, forced: nil, active: bodyIDs.contains(page.id))
        writer.finishBlock(.paragraph)
        writeJSONLD()
    }

    /// Writes the text below `node` when `active`; block-level children become blocks.
    private mutating func walk(_ node: HTMLNode, hint: BlockHint, forced: BlockHint?, active: Bool) {
        for child in node.children {
            switch child.kind {
            case .text:
                let origin = aligner.align(child.content)
                if active { writer.append(child.content, from: origin) }
                if node.id == jsonLDScript { jsonLDBody = JSONLDBody(script: child.content, origin: origin) }
            case .comment:
                if active { comment(child, hint: hint) }
            case .element where child.id == titleID:
                if active { writer.finishBlock(hint) }
                block(child, hint: .title, forced: .title, active: true)
                writeJSONLD()
            case .element where Self.isSkipped(child):
                walk(child, hint: hint, forced: forced, active: false)
            case .element where child.name == "br":
                if active { writer.appendSpace(at: aligner.cursor) }
            case .element where bodyIDs.contains(child.id):
                // The article is never the furniture of an element around it.
                if active { writer.finishBlock(hint) }
                block(child, hint: .paragraph, forced: nil, active: true)
            case .element where Self.blockNames.contains(child.name):
                if active { writer.finishBlock(hint) }
                block(child, hint: self.hint(for: child), forced: forced, active: active)
            case .element:
                let isLink = child.name == "a"
                if isLink { writer.linkDepth += 1 }
                walk(child, hint: hint, forced: forced, active: active)
                if isLink { writer.linkDepth -= 1 }
            }
        }
    }

    private mutating func block(_ node: HTMLNode, hint: BlockHint, forced: BlockHint?, active: Bool) {
        let forced = forced ?? (hint == .boilerplate ? .boilerplate : nil)
        if node.line > 0, node.line < 65535 { aligner.advance(to: aligner.start(ofLine: node.line)) }
        walk(node, hint: forced ?? hint, forced: forced, active: active)
        if active { writer.finishBlock(forced ?? hint) }
    }

    private mutating func writeJSONLD() {
        guard let body = jsonLDBody else { return }
        jsonLDBody = nil
        writer.finishBlock(.paragraph)
        for paragraph in body.paragraphs {
            writer.append(paragraph.bytes, from: (paragraph.starts, paragraph.ends))
            writer.finishBlock(.paragraph)
        }
    }

    /// The JSON-LD script with the longest `articleBody`, and that length.
    static func jsonLDArticle(in page: HTMLNode) -> (Int, Int)? {
        let scripts = page.all { $0.name == "script" && ($0.attributes["type"] ?? "").contains("ld+json") }
        return scripts.compactMap { script -> (Int, Int)? in
            let text = script.children.filter { $0.kind == .text }.flatMap(\.content)
            return JSONLDBody.length(in: text).map { (script.id, $0) }
        }.max { $0.1 < $1.1 }
    }

    private mutating func comment(_ node: HTMLNode, hint: BlockHint) {
        switch SuppressionComment.parse(node.content) {
        case .reason(let reason)?:
            writer.finishBlock(hint)
            writer.suppression = reason
        case .missingReason?:
            warnings.append(SuppressionComment.warning(line: node.line))
        case nil:
            break
        }
    }

    private func hint(for node: HTMLNode) -> BlockHint {
        switch node.name {
        case "h1" where node.id == titleID: return .title
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
        case "figure", "figcaption": return .boilerplate
        // A table cell may be a figure or a label: the segmenter judges it by its layout.
        case "td", "th": return .auto
        default:
            let tokens = node.nameTokens
            return tokens.contains(where: { Self.boilerplateTokens.contains(String($0)) }) ? .boilerplate : .paragraph
        }
    }

    /// When no paragraph scores: `[itemprop=articleBody]`, else the `<article>` with most text,
    /// else `<main>`, else the element whose paragraphs hold the most text, else `<body>`.
    /// Ties go to the first in document order; lengths are measured once per page.
    static func articleBody(of page: HTMLNode) -> HTMLNode {
        if let body = page.first(where: { ($0.attributes["itemprop"] ?? "").contains("articleBody") }) {
            return body
        }
        let lengths = HTMLTextLengths(page)
        if let (article, _) = firstLargest(page.all(where: { $0.name == "article" }), by: { lengths[$0] }) {
            return article
        }
        if let main = page.first(where: { $0.name == "main" }) { return main }
        let paragraphText = { (node: HTMLNode) in
            node.children.reduce(0) { $0 + ($1.name == "p" ? lengths[$1] : 0) }
        }
        if let (densest, text) = firstLargest(page.all(where: { _ in true }), by: paragraphText), text > 0 {
            return densest
        }
        return page.first(where: { $0.name == "body" }) ?? page
    }

    /// The first node with the largest key, each key computed once (`max(by:)` would compute
    /// the running maximum's key again at every comparison).
    private static func firstLargest(_ nodes: [HTMLNode], by key: (HTMLNode) -> Int) -> (HTMLNode, Int)? {
        var best: (HTMLNode, Int)?
        for node in nodes {
            let value = key(node)
            if let current = best, value <= current.1 { continue }
            best = (node, value)
        }
        return best
    }

    /// The first `h1` outside navigation, asides and other skipped parts.
    static func firstHeadline(in node: HTMLNode) -> HTMLNode? {
        for child in node.children where child.kind == .element && !isSkipped(child) {
            if child.name == "h1" { return child }
            if let found = firstHeadline(in: child) { return found }
        }
        return nil
    }

    /// Elements that never hold article text: code, chrome, forms and hidden parts.
    static func isSkipped(_ node: HTMLNode) -> Bool {
        guard node.kind == .element else { return false }
        if skippedNames.contains(node.name) { return true }
        if node.name == "header", node.first(where: { $0.name == "h1" || $0.name == "h2" }) == nil { return true }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true" { return true }
        if let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        if let role = node.attributes["role"], skippedRoles.contains(role.lowercased()) { return true }
        // A page's wrappers say "one-sidebar", "modal-enabled": words of content outweigh them.
        guard !["body", "html", "article", "main"].contains(node.name) else { return false }
        let tokens = node.nameTokens
        guard tokens.contains(where: { skippedTokens.contains(String($0)) }), !tokens.contains(where: { keptTokens.contains(String($0)) })
        else { return false }
        // A hover card's trigger, a link named for the widget, is what the reader sees in the
        // sentence ("Gov. <span class=rollover-people><a class=rollover-people-link>Kristi
        // Noem</a><span class=rollover-people-block>…"); the card it opens is not.
        func isTrigger(_ link: HTMLNode?) -> Bool {
            link?.name == "a" && link?.nameTokens.contains(where: { hoverTokens.contains(String($0)) }) == true
        }
        if tokens.allSatisfy({ !skippedTokens.contains(String($0)) || hoverTokens.contains(String($0)) }),
            isTrigger(node) || isTrigger(node.children.first { $0.kind == .element })
        {
            return false
        }
        // A layout wrapper named for its sidebar ("penci_sidebar") may still hold the article.
        return node.first { $0.name == "article" || ($0.attributes["itemprop"] ?? "").contains("articleBody") } == nil
    }

    static let skippedNames: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "menu", "button",
        "select", "textarea", "input", "iframe", "svg", "canvas", "object", "embed", "head", "pre",
        "video", "audio", "dialog", "map",
    ]
    static let skippedRoles: Set<String> = [
        "navigation", "menu", "menubar", "complementary", "contentinfo", "search", "dialog", "banner",
    ]
    static let skippedTokens = Set([
        "nav", "navbar", "navigation", "menu", "share", "sharing", "social", "related", "newsletter",
        "subscribe", "comments", "advert", "advertisement", "ad", "ads", "promo", "sidebar",
        "breadcrumb", "breadcrumbs", "cookie", "cookies", "popup", "modal",
    ]).union(hoverTokens)
    /// Hover widgets: skipped, but for the link that opens them.
    static let hoverTokens: Set<String> = ["rollover", "tooltip", "popover", "hovercard"]
    static let keptTokens: Set<String> = ["article", "body", "column", "content", "main", "story", "text", "post", "entry"]
    static let boilerplateTokens: Set<String> = [
        "credit", "credits", "caption", "byline", "dateline", "copyright", "disclaimer",
    ]
    static let blockNames: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "nav", "ol", "p", "section", "summary", "ul", "title", "table", "tr", "td", "th",
    ]
}
