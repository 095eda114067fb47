import CCMarkGFM
import Foundation

/// Reads Markdown (CommonMark with GitHub tables) through libcmark-gfm.
///
/// Headings and paragraphs (also in block quotes and list items) become blocks; code,
/// HTML, tables and link destinations are dropped. Every analysis byte maps back to
/// the Markdown file.
package struct MarkdownReader: Sendable {
    package init() {}

    /// Decodes and parses `bytes`; never fails: a file without prose has no blocks.
    package func read(_ bytes: [UInt8], path: String) -> SourceDocument {
        let decoded = TextDecoder.decode(bytes)
        let source = decoded.text
        let front = FrontMatter.parse(source)
        var walker = MarkdownWalker(
            aligner: SourceAligner(source: source, syntax: .markdown),
            writer: BlockWriter(sourceMap: decoded.map), lineOffset: front?.lines ?? 0)
        if let title = front?.title {
            walker.writer.append(Array(source[title.range]), copiedFrom: title)
            walker.writer.finishBlock(.title)
            walker.frontTitle = walker.writer.blocks.last.map { Array(walker.writer.text[$0.span.range]) }
        }
        Self.parse(source, from: front?.end ?? 0) { walker.walkBlocks($0) }
        return walker.writer.document(path: path, original: bytes, warnings: decoded.warnings + walker.warnings)
    }

    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Parses `source[start...]` and hands the document node to `body`; frees both after.
    private static func parse(_ source: [UInt8], from start: Int, _ body: (OpaquePointer) -> Void) {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS) else { return }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough"] {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        source.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start < buffer.count else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                cmark_parser_feed(parser, chars + start, buffer.count - start)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return }
        defer { cmark_node_free(document) }
        body(document)
    }
}

/// Walks a cmark tree, writing blocks; owns no C memory (the parse call frees the tree).
private struct MarkdownWalker {
    typealias Node = OpaquePointer

    var aligner: SourceAligner
    var writer: BlockWriter
    let lineOffset: Int
    var frontTitle: [UInt8]?
    var warnings: [String] = []
    private var headings = 0
    private var depth = 0
    private var skippedDeep = false
    /// Deeper nesting is skipped: recursion must not exhaust the stack on hostile input.
    static let maxDepth = 200

    init(aligner: SourceAligner, writer: BlockWriter, lineOffset: Int) {
        self.aligner = aligner
        self.writer = writer
        self.lineOffset = lineOffset
    }

    mutating func walkBlocks(_ parent: Node) {
        guard enter() else { return }
        defer { depth -= 1 }
        var child = cmark_node_first_child(parent)
        while let node = child {
            block(node)
            child = cmark_node_next(node)
        }
    }

    private mutating func block(_ node: Node) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            inlineBlock(node)
            writer.finishBlock(.paragraph)
        case CMARK_NODE_HEADING:
            heading(node)
        case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM:
            walkBlocks(node)
        case CMARK_NODE_HTML_BLOCK:
            comment(node)
        default:
            // Code, tables and rules are not scored; a suppression before them is used up.
            writer.suppression = nil
        }
    }

    private mutating func heading(_ node: Node) {
        inlineBlock(node)
        let level = cmark_node_get_heading_level(node)
        headings += 1
        if level == 1, headings == 1, let title = frontTitle, writer.pendingText == title {
            writer.discard()  // the front matter title again
        } else if level == 1, headings == 1, writer.blocks.isEmpty {
            writer.finishBlock(.title)
        } else {
            writer.finishBlock(.heading)
        }
    }

    private mutating func comment(_ node: Node) {
        switch SuppressionComment.parse(literal(node)) {
        case .reason(let reason)?: writer.suppression = reason
        case .missingReason?: warnings.append(SuppressionComment.warning(line: line(node, end: false)))
        case nil: break
        }
    }

    /// Collects a block's inline text into the writer, aligned within the block's lines.
    private mutating func inlineBlock(_ node: Node) {
        aligner.advance(to: aligner.start(ofLine: line(node, end: false)))
        inlines(node, limit: aligner.start(ofLine: line(node, end: true) + 1), writing: true)
    }

    private mutating func inlines(_ parent: Node, limit: Int, writing: Bool) {
        guard enter() else { return }
        defer { depth -= 1 }
        var child = cmark_node_first_child(parent)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                let text = literal(node)
                let origin = aligner.align(text, limit: limit)
                if writing { writer.append(text, from: origin) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if writing { writer.appendSpace(at: aligner.cursor) }
            case CMARK_NODE_HTML_INLINE:
                _ = aligner.align(literal(node), limit: limit)
            case CMARK_NODE_LINK:
                writer.linkDepth += 1
                inlines(node, limit: limit, writing: writing)
                writer.linkDepth -= 1
                aligner.skipLinkTail(limit: limit)
            case CMARK_NODE_IMAGE:
                // Alt text is not article text.
                inlines(node, limit: limit, writing: false)
                aligner.skipLinkTail(limit: limit)
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                break
            default:
                inlines(node, limit: limit, writing: writing)
            }
            child = cmark_node_next(node)
        }
    }

    /// Goes one level deeper, or warns once and refuses past `maxDepth`.
    private mutating func enter() -> Bool {
        guard depth < Self.maxDepth else {
            if !skippedDeep { warnings.append("skipped Markdown nested deeper than \(Self.maxDepth) levels") }
            skippedDeep = true
            return false
        }
        depth += 1
        return true
    }

    /// 1-based line in the whole file (the parser starts after the front matter).
    private func line(_ node: Node, end: Bool) -> Int {
        Int(end ? cmark_node_get_end_line(node) : cmark_node_get_start_line(node)) + lineOffset
    }

    private func literal(_ node: Node) -> [UInt8] {
        guard let chars = cmark_node_get_literal(node) else { return [] }
        return Array(UnsafeRawBufferPointer(start: chars, count: strlen(chars)))
    }
}
