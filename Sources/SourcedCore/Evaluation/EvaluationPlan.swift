import Foundation

/// The documents to analyse for a set of labels files, and which gold lines belong to each.
struct EvaluationPlan {
    struct LineRef {
        var file: Int
        var line: Int
    }

    /// One document per distinct article path, and one per standalone sentence.
    private(set) var documents: [SourceDocument] = []
    /// `lines[i]`: the gold lines aligned against `documents[i]`.
    private(set) var lines: [[LineRef]] = []

    init(_ files: [[GoldLabel]]) throws(EvalError) {
        var byPath: [String: Int] = [:]
        for (fileIndex, labels) in files.enumerated() {
            for (lineIndex, gold) in labels.enumerated() {
                let ref = LineRef(file: fileIndex, line: lineIndex)
                switch gold.location {
                case .article(let name, let path, let span, _):
                    let unit: Int
                    if let known = byPath[path] {
                        unit = known
                    } else {
                        unit = add(try Self.read(path, name: name, for: gold), path: path, into: &byPath)
                    }
                    let size = documents[unit].original.count
                    guard span.end <= size else {
                        throw .spanOutOfRange(file: gold.file, line: gold.line, document: name, end: span.end, size: size)
                    }
                    lines[unit].append(ref)
                case .standalone(let id, let text):
                    documents.append(Self.paragraph(text, path: id))
                    lines.append([ref])
                }
            }
        }
    }

    private mutating func add(_ document: SourceDocument, path: String, into byPath: inout [String: Int]) -> Int {
        documents.append(document)
        lines.append([])
        byPath[path] = documents.count - 1
        return documents.count - 1
    }

    private static func read(_ path: String, name: String, for gold: GoldLabel) throws(EvalError) -> SourceDocument {
        // The loader picks the reader from the extension (text, Markdown, HTML); gold offsets
        // stay in the file's bytes because spans are compared through the document's map.
        do {
            return try DocumentLoader().load(path: path)
        } catch .notFound {
            throw .missingDocument(file: gold.file, line: gold.line, document: name)
        } catch {
            throw .unreadableDocument(file: gold.file, line: gold.line, document: name, reason: error.localizedDescription)
        }
    }

    /// A standalone sentence as a document of one paragraph, so no layout rule makes it a
    /// title or heading (as `ExampleChecker` does for rule examples).
    static func paragraph(_ text: String, path: String) -> SourceDocument {
        let document = PlainTextReader().read(Array(text.utf8), path: path)
        return SourceDocument(
            path: document.path, original: document.original, text: document.text, map: document.map,
            blocks: document.blocks.map { Block(span: $0.span, hint: .paragraph) }, warnings: document.warnings)
    }

    /// The gold span in original-file bytes: a standalone line covers its whole document.
    static func span(of gold: GoldLabel, in document: SourceDocument) -> ByteSpan {
        if case .article(_, _, let span, _) = gold.location { return span }
        return ByteSpan(0, document.original.count)
    }
}
