/// Bytes of text below every node of a page, not counting text the extraction skips, worked
/// out in one pass: asking each candidate for its own length rescanned its subtree, and a
/// page of many short paragraphs took quadratic time.
struct HTMLTextLengths {
    private var lengths: [Int]
    /// Nodes measured, for the test that each is measured once.
    private(set) var measured = 0

    init(_ page: HTMLNode) {
        lengths = Array(repeating: 0, count: page.lastID + 1)
        _ = measure(page)
    }

    subscript(node: HTMLNode) -> Int { lengths[node.id] }

    /// The tree is no deeper than the HTML reader's depth limit, so recursion is bounded.
    private mutating func measure(_ node: HTMLNode) -> Int {
        measured += 1
        let length: Int
        switch node.kind {
        case .text: length = node.content.count
        case .comment: length = 0
        case .element:
            var sum = 0
            for child in node.children { sum += measure(child) }
            length = HTMLExtractor.isSkipped(node) ? 0 : sum
        }
        lengths[node.id] = length
        return length
    }
}
