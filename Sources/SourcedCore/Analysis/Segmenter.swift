import PCRE2

/// Classifies blocks (title, heading, boilerplate, paragraph) and splits paragraphs
/// into sentences.
///
/// Plain text is judged in two passes: each block alone (rules, layout), then by its
/// neighbours. A short line that does not read as prose is a crosshead only between two
/// paragraphs of prose; elsewhere (bylines, datelines, credits, related-story lists) it is
/// page furniture and never scored.
package struct Segmenter: Sendable {
    package let pack: RulePack
    let splitter: SentenceSplitter

    /// Layout limits for plain-text blocks without a reader's hint.
    static let maxTitleBytes = 300
    static let maxHeadingBytes = 120
    static let maxHeadingWords = 12
    /// Longer than this, a first paragraph of several sentences is a lede, not a headline.
    static let maxLedeTitleBytes = 150

    package init(pack: RulePack) {
        self.pack = pack
        splitter = SentenceSplitter(abbreviations: pack.abbreviations)
    }

    /// The segments of `document` in text order; a block rule stopped by the match limit is
    /// skipped on that block and counted in `limitHits`.
    package func segment(
        _ document: SourceDocument, text: UnsafeBufferPointer<UInt8>, matcher: Matcher, limitHits: LimitHits
    ) throws(AnalysisError) -> [Segment] {
        var drafts: [BlockDraft] = []
        drafts.reserveCapacity(document.blocks.count)
        for (index, block) in document.blocks.enumerated() {
            drafts.append(try draft(block, isFirst: index == 0, in: document, text: text, matcher: matcher, limitHits: limitHits))
        }
        var segments: [Segment] = []
        var sawBody = false
        for (index, block) in document.blocks.enumerated() {
            let (kind, rule) = resolve(index, drafts: drafts, blocks: document.blocks, text: document.text, sawBody: sawBody)
            guard kind == .sentence else {
                segments.append(Segment(span: block.span, kind: kind, block: index, rule: rule))
                continue
            }
            var body = block.span
            // A dateline opening the article's first paragraph is furniture of its own.
            if !sawBody, case .prose(let prefix?) = drafts[index],
                let rest = PlainTextReader.trim(
                    ByteSpan(prefix.end, body.end), in: document.text)
            {
                segments.append(Segment(span: ByteSpan(body.start, prefix.end), kind: .boilerplate, block: index, rule: prefix.rule))
                body = rest
            }
            sawBody = true
            for (position, span) in splitter.split(body, in: document.text).enumerated() {
                // Furniture run on into a paragraph ("… Follow us on Twitter."), where the block's
                // own test, at its start, cannot see it.
                if position > 0, let rule = try furniture(span, text: text, matcher: matcher, limitHits: limitHits) {
                    segments.append(Segment(span: span, kind: .boilerplate, block: index, rule: rule))
                    continue
                }
                segments.append(Segment(span: span, kind: .sentence, block: index))
            }
        }
        return segments
    }

    /// The boilerplate rule a sentence inside a paragraph matches from its start, if any.
    private func furniture(
        _ span: ByteSpan, text: UnsafeBufferPointer<UInt8>, matcher: Matcher, limitHits: LimitHits
    ) throws(AnalysisError) -> String? {
        let slice = UnsafeBufferPointer(rebasing: text[span.range])
        for rule in pack.boilerplate where rule.inSentences {
            if let found = try match(rule, in: slice, matcher: matcher, limitHits: limitHits), found.range.lowerBound == 0 {
                return rule.id
            }
        }
        return nil
    }

    /// What a block is on its own: decided, prose, or a short line its neighbours decide.
    private func draft(
        _ block: Block, isFirst: Bool, in document: SourceDocument, text: UnsafeBufferPointer<UInt8>, matcher: Matcher,
        limitHits: LimitHits
    ) throws(AnalysisError) -> BlockDraft {
        switch block.hint {
        case .title: return .fixed(.title, nil)
        case .boilerplate: return .fixed(.boilerplate, nil)
        case .heading, .paragraph, .auto: break
        }
        let slice = UnsafeBufferPointer(rebasing: text[block.span.range])
        // A reader's heading may still be a box label ("More On:", "Related Stories").
        if block.hint == .heading {
            for rule in pack.boilerplate where try match(rule, in: slice, matcher: matcher, limitHits: limitHits) != nil {
                return .fixed(.boilerplate, rule.id)
            }
            return .fixed(.heading, nil)
        }
        var prefix: BlockDraft.Prefix?
        for rule in pack.boilerplate {
            guard let found = try match(rule, in: slice, matcher: matcher, limitHits: limitHits) else { continue }
            guard let end = Self.prefixEnd(found, in: slice) else { return .fixed(.boilerplate, rule.id) }
            if prefix == nil { prefix = BlockDraft.Prefix(end: block.span.start + end, rule: rule.id) }
        }
        guard block.hint == .auto else {
            // A short paragraph in capitals without a full stop is an agency crosshead ("US FALLS")
            // when prose surrounds it, else furniture ("ADVERTISEMENT").
            if block.hint == .paragraph, prefix == nil, block.span.count <= Self.maxHeadingBytes {
                let layout = BlockLayout(document.text[block.span.range])
                if layout.isSingleLine, layout.isAllCaps, layout.words <= 6, !layout.readsAsProse {
                    return .line(short: true, prose: false)
                }
            }
            return .prose(prefix)
        }
        for rule in pack.headings where try match(rule, in: slice, matcher: matcher, limitHits: limitHits) != nil {
            return .fixed(.heading, rule.id)
        }
        // Only a block short enough for a title can be anything but prose.
        guard block.span.count <= Self.maxTitleBytes else { return .prose(prefix) }
        let layout = BlockLayout(document.text[block.span.range])
        // A headline may run over two lines ("Main title; \nsubtitle"); a lede of two sentences
        // or body-only text (--no-title) has none.
        if isFirst, prefix == nil, layout.lines <= 2, document.mayHaveTitle,
            !(layout.readsAsProse && block.span.count > Self.maxLedeTitleBytes && splitter.split(block.span, in: document.text).count > 1)
        {
            return .fixed(.title, nil)
        }
        guard layout.isSingleLine else { return .prose(prefix) }
        // Rules ("___") and labels in capitals with a full stop ("ABSTRACT.") head a section.
        if !layout.hasAlphanumeric || (layout.isAllCaps && layout.words <= 6 && document.text[block.span.end - 1] == UInt8(ascii: ".")) {
            return .fixed(.heading, nil)
        }
        // A long line in title case is a link to another story.
        if layout.isTitleCase, layout.words > Self.maxHeadingWords { return .fixed(.boilerplate, nil) }
        // A crosshead is short; a long line in capitals is a promotion.
        let short = block.span.count <= Self.maxHeadingBytes && layout.words <= (layout.isAllCaps ? 6 : Self.maxHeadingWords)
        if !layout.readsAsProse { return .line(short: short, prose: false) }
        return layout.mayBeCrosshead ? .line(short: short, prose: true) : .prose(prefix)
    }

    /// The kind of block `index` given its neighbours' drafts.
    private func resolve(
        _ index: Int, drafts: [BlockDraft], blocks: [Block], text: [UInt8], sawBody: Bool
    ) -> (SegmentKind, String?) {
        switch drafts[index] {
        case .fixed(let kind, let rule):
            return (kind, rule)
        case .line(_, let prose):
            return (Self.isCrosshead(index, drafts: drafts) ? .heading : prose ? .sentence : .boilerplate, nil)
        case .prose(let prefix):
            // A standfirst: one short paragraph under the headline, before the furniture
            // that opens the article (byline, date, picture).
            let opensArticle = !sawBody && prefix == nil && blocks[index].hint == .auto && blocks[index].span.count <= Self.maxTitleBytes
            let underTitle = drafts[..<index].contains { $0.isTitle }
            let next = index + 1
            let furnitureNext = next < drafts.count && drafts[next].isFurniture && !Self.isCrosshead(next, drafts: drafts)
            let isStandfirst = opensArticle && underTitle && furnitureNext && splitter.split(blocks[index].span, in: text).count == 1
            return (isStandfirst ? .title : .sentence, nil)
        }
    }

    /// A short line between two paragraphs of prose.
    static func isCrosshead(_ index: Int, drafts: [BlockDraft]) -> Bool {
        guard case .line(short: true, _) = drafts[index] else { return false }
        return index > 0 && drafts[index - 1].isProse && index + 1 < drafts.count && drafts[index + 1].isProse
    }

    /// The end of a match that is a dateline prefix ("HANOI, Vietnam (AP) —", "(CNN)") of a
    /// paragraph: it ends in a dash, colon or parenthesis and the rest of the block reads as prose.
    static func prefixEnd(_ match: Match, in slice: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = match.range.upperBound
        guard match.range.lowerBound == 0, end < slice.count else { return nil }
        var last = end
        while last > match.range.lowerBound, slice[last - 1] == 0x20 { last -= 1 }
        guard last > match.range.lowerBound else { return nil }
        let isDash = last >= 3 && slice[last - 3] == 0xE2 && slice[last - 2] == 0x80 && (slice[last - 1] == 0x93 || slice[last - 1] == 0x94)
        guard isDash || [UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: ")")].contains(slice[last - 1]) else { return nil }
        let rest = Array(slice[end...])
        let layout = BlockLayout(rest[...])
        guard layout.words >= 8, layout.readsAsProse else { return nil }
        return last
    }
}

/// A block judged alone, before its neighbours are known.
enum BlockDraft {
    struct Prefix: Equatable {
        let end: Int
        let rule: String
    }
    /// Decided by the reader's hint, a rule or the layout.
    case fixed(SegmentKind, String?)
    /// A paragraph, perhaps opened by a dateline.
    case prose(Prefix?)
    /// A single line that may be a crosshead (`short` enough) or else is furniture; a short
    /// question or quotation (`prose`) is else a sentence.
    case line(short: Bool, prose: Bool)

    var isProse: Bool { if case .prose = self { true } else { false } }
    var isTitle: Bool { if case .fixed(.title, _) = self { true } else { false } }
    var isFurniture: Bool {
        switch self {
        case .line(_, prose: false), .fixed(.boilerplate, _): true
        default: false
        }
    }
}

extension Segmenter {
    /// The first match of a block rule in `slice`, if any; nil, counted in `limitHits`, when
    /// the match limit stops it (the rule gives up on this block, the article is still analysed).
    func match(
        _ rule: CompiledRule, in slice: UnsafeBufferPointer<UInt8>, matcher: Matcher, limitHits: LimitHits
    ) throws(AnalysisError) -> Match? {
        guard let pattern = rule.pattern else { return nil }
        do {
            let start = RuleProfile.enabled ? RuleProfile.now() : 0
            let found = try matcher.firstMatch(pattern, in: slice)
            if RuleProfile.enabled { RuleProfile.record(rule.id, since: start, matches: found == nil ? 0 : 1) }
            return found
        } catch {
            limitHits.add(rule.id, in: "block")
            return nil
        }
    }
}
