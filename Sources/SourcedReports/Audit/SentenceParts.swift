import SourcedCore

/// Splits a sentence into plain text and marked evidence (cue, source, hedge), so a
/// template can highlight each piece while escaping all of it.
enum SentenceParts {
    struct Part: Equatable {
        let text: String
        let cls: String
    }

    static func split(_ segment: ReportModel.Segment) -> [Part] {
        let text = Array(segment.span.text.utf8)
        var marks: [(range: Range<Int>, cls: String)] = []
        func add(_ span: ReportModel.Span?, _ cls: String) {
            guard let span, let range = locate(span, in: text, segmentStart: segment.span.start) else { return }
            guard !marks.contains(where: { $0.range.overlaps(range) }) else { return }
            marks.append((range, cls))
        }
        add(segment.attribution?.source?.span, "src")
        add(segment.attribution?.cue, "cue")
        for hedge in segment.hedges { add(hedge.span, "hedge") }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        var parts: [Part] = []
        var position = 0
        for mark in marks {
            if mark.range.lowerBound > position { parts.append(Part(text: string(text[position..<mark.range.lowerBound]), cls: "")) }
            parts.append(Part(text: string(text[mark.range]), cls: mark.cls))
            position = mark.range.upperBound
        }
        if position < text.count { parts.append(Part(text: string(text[position...]), cls: "")) }
        return parts
    }

    /// The span's byte range inside the sentence text: at its file offset when the text there
    /// matches (offsets are into the original file, which a repair may have changed), else
    /// its first occurrence.
    static func locate(_ span: ReportModel.Span, in text: [UInt8], segmentStart: Int) -> Range<Int>? {
        let needle = Array(span.text.utf8)
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        let guess = span.start - segmentStart
        if guess >= 0, guess + needle.count <= text.count, Array(text[guess..<guess + needle.count]) == needle {
            return guess..<guess + needle.count
        }
        for start in 0...(text.count - needle.count) where Array(text[start..<start + needle.count]) == needle {
            return start..<start + needle.count
        }
        return nil
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}
