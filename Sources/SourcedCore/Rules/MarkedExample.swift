/// A rule example with its markers removed: `⟦…⟧` marks the cue, `⟪…⟫` the source.
package struct MarkedExample: Sendable, Equatable {
    package let text: String
    package let cue: ByteSpan?
    package let source: ByteSpan?

    package init(_ marked: String) {
        var bytes: [UInt8] = []
        var cueStart: Int?
        var cue: ByteSpan?
        var sourceStart: Int?
        var source: ByteSpan?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": cueStart = bytes.count
            case "⟧": cue = cueStart.map { ByteSpan($0, bytes.count) }
            case "⟪": sourceStart = bytes.count
            case "⟫": source = sourceStart.map { ByteSpan($0, bytes.count) }
            default: bytes += Array(String(scalar).utf8)
            }
        }
        text = String(decoding: bytes, as: UTF8.self)
        self.cue = cue
        self.source = source
    }

    /// The same example behind `prefix`: every expected span moves by the prefix's bytes.
    package func prefixed(_ prefix: String) -> MarkedExample {
        let shift = prefix.utf8.count
        return MarkedExample(text: prefix + text, cue: cue?.shifted(by: shift), source: source?.shifted(by: shift))
    }

    private init(text: String, cue: ByteSpan?, source: ByteSpan?) {
        self.text = text
        self.cue = cue
        self.source = source
    }
}
