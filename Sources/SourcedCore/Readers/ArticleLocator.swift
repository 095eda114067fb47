/// Finds the elements that hold a page's article, the way readability does: paragraphs
/// score their parent and grandparent by length and commas, class and id words move a
/// score up or down, link-heavy elements lose in proportion to their linked text, and
/// siblings of the best element that read as article text join it.
struct ArticleLocator {
    private struct Stats {
        var parent = -1
        var name = ""
        var text = 0
        var linked = 0
        var commas = 0
        /// Text of the paragraphs below with few links: what an article is made of.
        var paragraphText = 0
        var blockChildren = 0
        var hint = 0
        var score = 0.0
        var isCandidate = false
        var children: [Int] = []

        var isParagraph: Bool { ArticleLocator.paragraphNames.contains(name) || (name == "div" && blockChildren == 0) }
    }

    private var stats: [Stats]

    init(page: HTMLNode) {
        stats = Array(repeating: Stats(), count: page.lastID + 1)
        _ = measure(page, parent: -1, inLink: false)
        scoreParagraphs()
    }

    /// Ids of the elements to extract, in document order; empty when nothing scores.
    func articleIDs() -> [Int] {
        var best: Int?
        var bestScore = 0.0
        for id in stats.indices where stats[id].isCandidate {
            let final = finalScore(id)
            if final > bestScore {
                best = id
                bestScore = final
            }
        }
        guard var top = best else { return [] }
        top = widened(sharedAncestor(of: top, score: bestScore))
        let parent = stats[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(10, bestScore * 0.2)
        return stats[parent].children.filter { id in
            id == top || (stats[id].isCandidate && finalScore(id) >= threshold) || readsAsArticleParagraph(id)
        }
    }

    /// Text length of an element (skipped parts left out).
    func textLength(_ id: Int) -> Int { stats[id].text }

    /// An article split into boxes ("cards") scores each box alone: when three of the five
    /// best candidates lie below one ancestor of the best, that ancestor is the article.
    private func sharedAncestor(of top: Int, score: Double) -> Int {
        let rivals = stats.indices.filter { stats[$0].isCandidate && $0 != top && finalScore($0) >= score * 0.75 }
            .sorted { finalScore($0) > finalScore($1) }.prefix(4)
        guard rivals.count >= 2 else { return top }
        var ancestor = stats[top].parent
        while ancestor >= 0, stats[ancestor].name != "body" {
            let inside = rivals.filter { isDescendant($0, of: ancestor) }.count
            if inside >= 2 { return ancestor }
            ancestor = stats[ancestor].parent
        }
        return top
    }

    /// An article in sections: the farthest ancestor that adds a fifth more paragraph text and
    /// nearly nothing else.
    private func widened(_ top: Int) -> Int {
        var best = top
        var cursor = stats[top].parent
        while cursor >= 0, stats[cursor].name != "body" {
            let entry = stats[cursor]
            let addedText = entry.text - stats[best].text
            let addedParagraphs = entry.paragraphText - stats[best].paragraphText
            // What the wider element adds must itself be article paragraphs, with few links.
            guard addedParagraphs * 5 >= addedText * 4, entry.linked * 5 < entry.text else { break }
            if addedParagraphs * 5 >= stats[best].paragraphText { best = cursor }
            cursor = entry.parent
        }
        return best
    }

    private func isDescendant(_ id: Int, of ancestor: Int) -> Bool {
        var cursor = stats[id].parent
        while cursor >= 0 {
            if cursor == ancestor { return true }
            cursor = stats[cursor].parent
        }
        return false
    }

    private func finalScore(_ id: Int) -> Double {
        let entry = stats[id]
        let density = entry.text > 0 ? Double(entry.linked) / Double(entry.text) : 1
        return entry.score * (1 - density)
    }

    /// A sibling paragraph of the best element: long with few links, or short and unlinked.
    private func readsAsArticleParagraph(_ id: Int) -> Bool {
        let entry = stats[id]
        guard entry.name == "p", entry.text > 0 else { return false }
        let density = Double(entry.linked) / Double(entry.text)
        return (entry.text > 80 && density < 0.25) || (entry.text > 25 && density == 0)
    }

    /// Text, linked text and commas below `node`; records parents and children.
    private mutating func measure(_ node: HTMLNode, parent: Int, inLink: Bool) -> (text: Int, linked: Int, commas: Int) {
        switch node.kind {
        case .comment: return (0, 0, 0)
        case .text:
            let letters = node.content.reduce(0) { $0 + (SourceAligner.isSpace($1) ? 0 : 1) }
            let commas = node.content.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
            return (letters, inLink ? letters : 0, commas)
        case .element:
            guard !HTMLExtractor.isSkipped(node) else { return (0, 0, 0) }
            var entry = Stats(parent: parent, name: node.name, hint: Self.hint(node))
            var total = (text: 0, linked: 0, commas: 0)
            for child in node.children {
                let part = measure(child, parent: node.id, inLink: inLink || node.name == "a")
                total = (total.text + part.text, total.linked + part.linked, total.commas + part.commas)
                if child.kind == .element {
                    entry.children.append(child.id)
                    if HTMLExtractor.blockNames.contains(child.name) { entry.blockChildren += 1 }
                }
            }
            (entry.text, entry.linked, entry.commas) = total
            entry.paragraphText =
                entry.isParagraph && entry.text >= 25 && entry.linked * 4 < entry.text
                ? entry.text : entry.children.reduce(0) { $0 + stats[$1].paragraphText }
            stats[node.id] = entry
            return total
        }
    }

    /// Readability's paragraph scoring: 1 + commas + one point per 100 characters (at most 3),
    /// to the parent in full, the grandparent in half.
    private mutating func scoreParagraphs() {
        for id in stats.indices {
            let entry = stats[id]
            // A run of links (a menu, a list of stories) is not a paragraph.
            guard entry.isParagraph, entry.text >= 25 else { continue }
            let points = 1 + Double(entry.commas) + min(Double(entry.text) / 100, 3)
            var ancestor = entry.parent
            for share in [1.0, 0.5, 1.0 / 6] {
                guard ancestor >= 0 else { break }
                if !stats[ancestor].isCandidate {
                    stats[ancestor].isCandidate = true
                    stats[ancestor].score = Self.baseScore(stats[ancestor].name) + Double(stats[ancestor].hint)
                }
                stats[ancestor].score += points * share
                ancestor = stats[ancestor].parent
            }
        }
    }

    static let paragraphNames: Set<String> = ["p", "td", "pre", "blockquote"]

    private static func baseScore(_ name: String) -> Double {
        switch name {
        case "div", "article": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    /// +25 for words of article containers in class or id, −25 for words of page chrome;
    /// `itemprop=articleBody` is the page saying where its article is.
    static func hint(_ node: HTMLNode) -> Int {
        if (node.attributes["itemprop"] ?? "").contains("articleBody") { return 50 }
        var weight = 0
        let tokens = node.nameTokens.map(String.init)
        if tokens.contains(where: { positiveTokens.contains($0) }) { weight += 25 }
        if tokens.contains(where: { negativeTokens.contains($0) }) { weight -= 25 }
        return weight
    }

    static let positiveTokens: Set<String> = [
        "article", "articlebody", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story",
        "storybody", "prose",
    ]
    static let negativeTokens: Set<String> = [
        "comment", "comments", "meta", "footer", "footnote", "sidebar", "widget", "related", "share", "social", "promo",
        "sponsor", "sponsored", "banner", "masthead", "outbrain", "taboola", "popup", "subscribe", "newsletter", "tags",
        "tool", "tools", "author", "byline", "caption", "credit", "combx", "community", "disqus", "rss", "teaser", "recirc",
        "trending", "most", "popular", "more",
    ]
}
