/// An element, text or comment of a parsed HTML page, copied out of libxml2's tree so
/// the extraction is plain Swift.
struct HTMLNode {
    enum Kind: Equatable { case element, text, comment }

    var kind: Kind
    /// Document order, unique within a page.
    var id: Int
    /// Lowercased tag name of an element.
    var name = ""
    /// Content of a text or comment node (entities decoded, UTF-8).
    var content: [UInt8] = []
    /// The few attributes extraction looks at: class, id, itemprop, role, hidden, aria-hidden, type, style.
    var attributes: [String: String] = [:]
    /// 1-based line where the parser saw the node, 0 if unknown.
    var line = 0
    var children: [HTMLNode] = []

    static let keptAttributes: Set<String> = ["class", "id", "itemprop", "role", "hidden", "aria-hidden", "type", "style"]

    /// Lowercased words of the class and id attributes ("article-body" gives "article", "body").
    var nameTokens: [Substring] {
        let words = [attributes["class"], attributes["id"]].compactMap { $0?.lowercased() }.joined(separator: " ")
        return words.split { !$0.isLetter && !$0.isNumber }
    }

    /// The first element in document order, this one included, that satisfies `predicate`.
    func first(where predicate: (HTMLNode) -> Bool) -> HTMLNode? {
        if kind == .element, predicate(self) { return self }
        for child in children {
            if let found = child.first(where: predicate) { return found }
        }
        return nil
    }

    /// Every element, this one included, that satisfies `predicate`.
    func all(where predicate: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        visit { if predicate($0) { found.append($0) } }
        return found
    }

    private func visit(_ body: (HTMLNode) -> Void) {
        if kind == .element { body(self) }
        for child in children { child.visit(body) }
    }

    /// The largest id in this subtree (ids follow document order), found without recursion.
    var lastID: Int {
        var node = self
        while let last = node.children.last { node = last }
        return node.id
    }
}
