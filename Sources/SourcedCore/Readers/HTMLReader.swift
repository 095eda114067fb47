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
        if let page = Self.parse(decoded.text) { extractor.extract(page) }
        return extractor.writer.document(path: path, original: bytes, warnings: decoded.warnings + extractor.warnings)
    }

    private static let parserInitialized: Void = xmlInitParser()

    /// The page as a value tree; malformed markup is recovered, never fatal.
    static func parse(_ source: [UInt8]) -> HTMLNode? {
        _ = parserInitialized
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue
        let parsed = source.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress, let size = Int32(exactly: buffer.count) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, size, nil, "UTF-8", Int32(options))
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        var next = 0
        var page = HTMLNode(kind: .element, id: next, name: "#document")
        page.children = children(of: document.pointee.children, next: &next, depth: 0)
        return page
    }

    /// Deeper elements are dropped: recursion must not exhaust the stack on hostile input.
    static let maxDepth = 200

    private static func children(of first: xmlNodePtr?, next: inout Int, depth: Int) -> [HTMLNode] {
        guard depth < maxDepth else { return [] }
        var nodes: [HTMLNode] = []
        var cursor = first
        while let node = cursor {
            if let converted = convert(node, next: &next, depth: depth) { nodes.append(converted) }
            cursor = node.pointee.next
        }
        return nodes
    }

    private static func convert(_ node: xmlNodePtr, next: inout Int, depth: Int) -> HTMLNode? {
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
            element.children = children(of: node.pointee.children, next: &next, depth: depth + 1)
            return element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return HTMLNode(kind: .text, id: next, content: content(node), line: max(0, line))
        case XML_COMMENT_NODE:
            return HTMLNode(kind: .comment, id: next, content: content(node), line: max(0, line))
        default:
            return nil
        }
    }

    private static func content(_ node: xmlNodePtr) -> [UInt8] {
        guard let text = node.pointee.content else { return [] }
        return Array(UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
    }
}
