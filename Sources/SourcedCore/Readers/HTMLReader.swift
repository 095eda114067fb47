import CLibXML2

/// Reads an HTML page through libxml2's forgiving HTML parser and keeps the article.
///
/// The article body is `[itemprop=articleBody]`, `<article>`, `<main>` or the element with
/// the most paragraph text; navigation, scripts, forms and footers are skipped. Every
/// analysis byte maps back to the HTML file.
package struct HTMLReader: Sendable {
    package init() {}

    /// Decodes and parses `bytes`; never fails: a page without article text has no blocks.
    package func read(_ bytes: [UInt8], path: String) -> SourceDocument {
        let decoded = TextDecoder.decode(bytes)
        var extractor = HTMLExtractor(source: decoded.text, map: decoded.map)
        var warnings = decoded.warnings
        if let (page, flattened) = Self.parse(decoded.text) {
            extractor.extract(page)
            if flattened > 0 {
                warnings.append(
                    "HTML nested deeper than \(Self.maxDepth) levels: the text of \(flattened) element(s) below that depth "
                        + "was read as plain paragraphs (their headings, captions and links were not told apart)")
            }
        }
        return extractor.writer.document(path: path, original: bytes, warnings: warnings + extractor.warnings)
    }

    private static let parserInitialized: Void = xmlInitParser()

    /// The page as a value tree, and how many elements were flattened below `maxDepth`;
    /// malformed markup is recovered, never fatal. XML_PARSE_HUGE lifts libxml2's nesting limit
    /// (256), past which it would silently drop the rest of the page.
    static func parse(_ source: [UInt8]) -> (page: HTMLNode, flattened: Int)? {
        _ = parserInitialized
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue
        let parsed = source.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress, let size = Int32(exactly: buffer.count) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, size, nil, "UTF-8", Int32(options))
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        var next = 0
        var flattened = 0
        var page = HTMLNode(kind: .element, id: next, name: "#document")
        page.children = children(of: document.pointee.children, next: &next, depth: 0, flattened: &flattened)
        return (page, flattened)
    }

    /// Deeper elements are read flat, without recursion: the stack must not depend on the input.
    static let maxDepth = 200

    private static func children(of first: xmlNodePtr?, next: inout Int, depth: Int, flattened: inout Int) -> [HTMLNode] {
        guard depth < maxDepth else { return flat(first, next: &next, flattened: &flattened) }
        var nodes: [HTMLNode] = []
        var cursor = first
        while let node = cursor {
            if let converted = convert(node, next: &next, depth: depth, flattened: &flattened) { nodes.append(converted) }
            cursor = node.pointee.next
        }
        return nodes
    }

    private static func convert(_ node: xmlNodePtr, next: inout Int, depth: Int, flattened: inout Int) -> HTMLNode? {
        next += 1
        let line = Int(xmlGetLineNo(node))
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            var element = HTMLNode(kind: .element, id: next, line: max(0, line))
            element.name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            var attribute = node.pointee.properties
            while let current = attribute {
                if let name = current.pointee.name.map({ String(cString: $0).lowercased() }),
                    HTMLNode.keptAttributes.contains(name)
                {
                    let value = current.pointee.children?.pointee.content.map { String(cString: $0) }
                    element.attributes[name] = value ?? ""
                }
                attribute = current.pointee.next
            }
            element.children = children(of: node.pointee.children, next: &next, depth: depth + 1, flattened: &flattened)
            return element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return HTMLNode(kind: .text, id: next, content: content(node), line: max(0, line))
        case XML_COMMENT_NODE:
            return HTMLNode(kind: .comment, id: next, content: content(node), line: max(0, line))
        default:
            return nil
        }
    }

    /// A subtree as its text nodes in order, an empty `p` where a block element starts or ends
    /// (so paragraphs stay apart); scripts and styles left out. Iterative, with its own stack.
    private static func flat(_ first: xmlNodePtr?, next: inout Int, flattened: inout Int) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        var open: [xmlNodePtr] = []
        var cursor = first
        func boundary(_ next: inout Int) -> HTMLNode {
            next += 1
            return HTMLNode(kind: .element, id: next, name: "p")
        }
        while true {
            guard let node = cursor else {
                guard let parent = open.popLast() else { break }
                if HTMLExtractor.blockNames.contains(name(of: parent)) { nodes.append(boundary(&next)) }
                cursor = parent.pointee.next
                continue
            }
            next += 1
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                flattened += 1
                let name = name(of: node)
                if HTMLExtractor.skippedNames.contains(name) {
                    cursor = node.pointee.next
                    continue
                }
                if HTMLExtractor.blockNames.contains(name) { nodes.append(boundary(&next)) }
                open.append(node)
                cursor = node.pointee.children
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                nodes.append(HTMLNode(kind: .text, id: next, content: content(node), line: max(0, Int(xmlGetLineNo(node)))))
                cursor = node.pointee.next
            default:
                cursor = node.pointee.next
            }
        }
        return nodes
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    private static func content(_ node: xmlNodePtr) -> [UInt8] {
        guard let text = node.pointee.content else { return [] }
        return Array(UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
    }
}
