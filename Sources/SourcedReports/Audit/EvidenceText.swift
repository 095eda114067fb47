import SourcedCore

/// Plain-language descriptions shared by every human-readable report.
enum EvidenceText {
    /// One line per piece of evidence: the attribution (cue, source, rule) and each hedge.
    static func lines(_ segment: ReportModel.Segment) -> [String] {
        var lines: [String] = []
        if let attribution = segment.attribution {
            var line = "cue '\(flat(attribution.cue.text))'"
            if let source = attribution.source {
                line += ", source '\(flat(source.span.text))' (\(source.kind?.rawValue ?? "unknown"))"
                if let antecedent = source.antecedent, antecedent != source.span { line += " → '\(flat(antecedent.text))'" }
            } else {
                line += ", no source span"
            }
            lines.append(line + " [\(attribution.rule)]")
        }
        for hedge in segment.hedges { lines.append("hedge '\(flat(hedge.span.text))' [\(hedge.rule)]") }
        if lines.isEmpty, segment.kind == .sentence { lines.append("no source or hedge found") }
        if let reason = segment.suppressed { lines.append("suppressed: \(flat(reason))") }
        return lines
    }

    /// Text on one line: newlines and runs of spaces become one space; control characters
    /// are shown as escapes (`\x1b`), never emitted.
    static func flat(_ text: String) -> String {
        VisibleText.visible(text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == " " }).joined(separator: " "))
    }

    /// A name or path on one line, control characters shown as escapes.
    static func safe(_ text: String) -> String { VisibleText.visible(text) }

    /// "12.5%" of a share 0…1.
    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// A weight as written in the data file ("1", "0.3").
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The label of a segment: its tag, else its kind.
    static func label(_ segment: ReportModel.Segment) -> String { segment.tag?.rawValue ?? segment.kind.rawValue }
}
