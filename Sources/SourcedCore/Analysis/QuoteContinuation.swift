/// Attributes quoted sentences without a cue of their own to the speaker named in a
/// neighbouring sentence of the same paragraph, or of the previous paragraph when a
/// quotation runs on across paragraphs (news style: no closing mark at the paragraph end).
struct QuoteContinuation {
    let rule: CompiledRule
    let text: [UInt8]

    struct QuoteState {
        var openAtStart = false
        var startsWithQuote = false
        var quotedWords = 0
        var firstMark: ByteSpan?
    }

    var minWords: Int { (rule.continuation ?? RuleSpec.Continuation()).minWords }

    func apply(to segments: inout [AnalyzedSegment]) {
        let states = quoteStates(segments)
        for index in segments.indices where segments[index].segment.kind == .sentence && segments[index].attribution == nil {
            let state = states[index]
            guard state.openAtStart || state.startsWithQuote, state.quotedWords >= minWords,
                let speaker = neighbour(of: index, in: segments, states: states)
            else { continue }
            let sentence = segments[index].segment.span
            segments[index].attribution = Attribution(
                cue: state.firstMark ?? sentence, source: speaker.source, kind: speaker.kind, rule: rule.id,
                antecedent: speaker.kind == .pronoun ? speaker.antecedent : speaker.speaker)
            segments[index].tag = .attributed
            segments[index].rules = (segments[index].rules + [rule.id]).sorted()
        }
    }

    /// The nearest specifically attributed sentence of the same block (earlier ones first),
    /// else, for a paragraph that opens with a quotation, of the paragraph before or after.
    private func neighbour(of index: Int, in segments: [AnalyzedSegment], states: [QuoteState]) -> Attribution? {
        let block = segments[index].segment.block
        func specific(_ candidate: Int) -> Attribution? {
            guard let attribution = segments[candidate].attribution, attribution.kind?.isSpecific == true else { return nil }
            return attribution
        }
        var candidate = index - 1
        while candidate >= 0, segments[candidate].segment.block == block {
            if let found = specific(candidate) { return found }
            candidate -= 1
        }
        var next = index + 1
        while next < segments.count, segments[next].segment.block == block {
            if let found = specific(next) { return found }
            next += 1
        }
        // A paragraph that opens with a quotation continues the speaker of the paragraph
        // before it (news style: "…," she said. / “Next paragraph of the quote …”), or names
        // the speaker in the first sentence of the next one.
        let first = candidate + 1
        guard states[first].startsWithQuote else { return nil }
        let previousBlock = candidate >= 0 ? segments[candidate].segment.block : -1
        while candidate >= 0, segments[candidate].segment.block == previousBlock, segments[candidate].segment.kind == .sentence {
            if let found = specific(candidate) { return found }
            candidate -= 1
        }
        if next < segments.count, segments[next].segment.kind == .sentence, let found = specific(next) { return found }
        return nil
    }

    /// Quote depth at the start and end of every sentence; depth resets at each block.
    private func quoteStates(_ segments: [AnalyzedSegment]) -> [QuoteState] {
        text.withUnsafeBufferPointer { text in
            var states: [QuoteState] = []
            var open = false
            var block = -1
            for segment in segments {
                if segment.segment.block != block {
                    block = segment.segment.block
                    open = false
                }
                var state = QuoteState(openAtStart: open)
                var index = segment.segment.span.start
                let end = segment.segment.span.end
                var wordsInQuote = 0
                var inWord = false
                var sawContent = false
                while index < end {
                    let byte = text[index]
                    if let mark = QuoteMarks.mark(in: text, at: index, end: end, open: open, sawContent: sawContent) {
                        if mark.opens, !sawContent { state.startsWithQuote = true }
                        if mark.opens, state.firstMark == nil { state.firstMark = ByteSpan(index, index + mark.length) }
                        open = mark.opens
                        sawContent = true
                        inWord = false
                        index += mark.length
                        continue
                    }
                    let isWordByte = byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (0x30...0x39).contains(byte)
                    if isWordByte, !inWord, open { wordsInQuote += 1 }
                    if byte != 0x20 { sawContent = true }
                    inWord = isWordByte
                    index += 1
                }
                state.quotedWords = wordsInQuote
                states.append(state)
            }
            return states
        }
    }
}
