import PCRE2

/// Classifies blocks (title, heading, boilerplate, paragraph) and splits paragraphs
/// into sentences.
public struct Segmenter: Sendable {
    public let pack: RulePack
    let splitter: SentenceSplitter

    /// Layout limits for plain-text blocks without a reader's hint.
    static let maxTitleBytes = 300
    static let maxHeadingBytes = 120
    static let maxHeadingWords = 12

    public init(pack: RulePack) {
        self.pack = pack
        splitter = SentenceSplitter(abbreviations: pack.abbreviations)
    }

    /// The segments of `document` in text order.
    public func segment(
        _ document: SourceDocument, text: UnsafeBufferPointer<UInt8>, matcher: Matcher
    ) throws(AnalysisError) -> [Segment] {
        var segments: [Segment] = []
        var sawBody = false
        for (index, block) in document.blocks.enumerated() {
            let (kind, rule) = try classify(block, isFirst: index == 0 && !sawBody, in: document, text: text, matcher: matcher)
            guard kind == .sentence else {
                segments.append(Segment(span: block.span, kind: kind, block: index, rule: rule))
                continue
            }
            sawBody = true
            for span in splitter.split(block.span, in: document.text) {
                segments.append(Segment(span: span, kind: .sentence, block: index))
            }
        }
        return segments
    }

    private func classify(
        _ block: Block, isFirst: Bool, in document: SourceDocument, text: UnsafeBufferPointer<UInt8>, matcher: Matcher
    ) throws(AnalysisError) -> (SegmentKind, String?) {
        switch block.hint {
        case .title: return (.title, nil)
        case .heading: return (.heading, nil)
        case .boilerplate: return (.boilerplate, nil)
        case .paragraph, .auto: break
        }
        let slice = UnsafeBufferPointer(rebasing: text[block.span.range])
        for rule in pack.boilerplate {
            guard let pattern = rule.pattern else { continue }
            do {
                if try matcher.firstMatch(pattern, in: slice) != nil { return (.boilerplate, rule.id) }
            } catch {
                throw .patternLimit(rule: rule.id, document: document.path, message: error.localizedDescription)
            }
        }
        guard block.hint == .auto else { return (.sentence, nil) }
        let layout = BlockLayout(document.text[block.span.range])
        if isFirst, layout.isSingleLine, block.span.count <= Self.maxTitleBytes { return (.title, nil) }
        guard layout.isSingleLine, block.span.count <= Self.maxTitleBytes else { return (.sentence, nil) }
        if layout.isHeadingLike, block.span.count <= Self.maxHeadingBytes, layout.words <= Self.maxHeadingWords {
            return (.heading, nil)
        }
        // A long line in title case between paragraphs is a link to another story.
        if layout.isTitleCase, layout.words > Self.maxHeadingWords { return (.boilerplate, nil) }
        return (.sentence, nil)
    }
}

/// Layout features of a block's bytes used to tell headings and promo lines from prose.
struct BlockLayout {
    let isSingleLine: Bool
    let words: Int
    let isTitleCase: Bool
    let isHeadingLike: Bool

    static let smallWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "for", "at", "by", "from",
        "with", "as", "vs", "via", "into", "onto", "per", "is", "be",
    ]

    init(_ bytes: ArraySlice<UInt8>) {
        isSingleLine = !bytes.contains(0x0A) && !bytes.contains(0x0D)
        let string = String(decoding: bytes, as: UTF8.self)
        let tokens = string.split(whereSeparator: { $0 == " " || $0 == "\t" })
        words = tokens.count
        var capitalised = 0, content = 0
        for token in tokens {
            let letters = token.drop { !$0.isLetter && !$0.isNumber }
            guard let first = letters.first else { continue }
            if Self.smallWords.contains(letters.lowercased()) { continue }
            content += 1
            if first.isUppercase || first.isNumber { capitalised += 1 }
        }
        isTitleCase = content >= 2 && capitalised * 4 >= content * 3
        let last = string.last ?? " "
        let endsLikeProse = ".,;:!?…\"”’)".contains(last)
        let isAllCaps = string.contains(where: \.isLetter) && !string.contains(where: \.isLowercase)
        let isRule = !string.contains(where: { $0.isLetter || $0.isNumber })
        isHeadingLike = isRule || (isAllCaps && words <= 6) || (!endsLikeProse && (isTitleCase || words <= 6))
    }
}
