@testable import SourcedCore

/// Block texts and hints of a document, for readable expectations.
func blockTexts(_ document: SourceDocument) -> [String] {
    document.blocks.map { document.string($0.span) }
}

func hints(_ document: SourceDocument) -> [BlockHint] { document.blocks.map(\.hint) }

/// Analysis span of the first occurrence of `needle`.
func span(of needle: String, in document: SourceDocument) -> ByteSpan? {
    let haystack = document.text
    let pattern = Array(needle.utf8)
    guard haystack.count >= pattern.count else { return nil }
    for start in 0...(haystack.count - pattern.count)
    where haystack[start..<start + pattern.count].elementsEqual(pattern) {
        return ByteSpan(start, start + pattern.count)
    }
    return nil
}

/// The file bytes an analysis span maps to, as a string.
func originalText(of needle: String, in document: SourceDocument) -> String? {
    guard let found = span(of: needle, in: document) else { return nil }
    let mapped = document.map.original(found)
    return String(decoding: document.original[mapped.range], as: UTF8.self)
}

/// 1-based line of the file where an analysis string starts.
func originalLine(of needle: String, in document: SourceDocument) -> Int? {
    guard let found = span(of: needle, in: document) else { return nil }
    return LineIndex(document.original).line(of: document.map.original(found.start))
}
