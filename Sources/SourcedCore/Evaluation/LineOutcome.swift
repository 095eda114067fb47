/// What the tool said about one gold line, after alignment.
package struct LineOutcome: Sendable {
    package var gold: GoldLabel
    /// The kind of the aligned tool segment; nil when no tool segment overlaps the gold span.
    package var kind: SegmentKind?
    /// The tool's tag; nil for unaligned lines and non-sentence segments.
    package var tag: Tag?
    /// The tool found an attribution (also when the tag is speculative because of a vague source).
    package var attributed: Bool
    /// The tool found a hedge or tagged the sentence speculative.
    package var speculative: Bool
    /// The rules that fired on the aligned segment.
    package var rules: [String]
    /// The gold sentence's text, for error listings.
    package var text: String

    package init(
        gold: GoldLabel, kind: SegmentKind?, tag: Tag?, attributed: Bool, speculative: Bool, rules: [String],
        text: String
    ) {
        self.gold = gold
        self.kind = kind
        self.tag = tag
        self.attributed = attributed
        self.speculative = speculative
        self.rules = rules
        self.text = text
    }

    /// The outcome of a line aligned to `segment` (nil: nothing overlaps).
    init(gold: GoldLabel, segment: AnalyzedSegment?, text: String) {
        let sentence = segment?.segment.kind == .sentence ? segment : nil
        self.init(
            gold: gold, kind: segment?.segment.kind, tag: sentence?.tag,
            attributed: sentence?.attribution != nil,
            speculative: sentence.map { !$0.hedges.isEmpty || $0.tag == .speculative } ?? false,
            rules: segment?.rules ?? [], text: text)
    }

    /// The tag scored against gold: a line the tool did not tag counts as unattributed.
    package var scoredTag: Tag { tag ?? .unattributed }
}
