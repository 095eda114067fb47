import SourcedCore

/// A readable terminal report: every segment with its tag and evidence, then counts.
public struct TextReporter: Reporter {
    public let color: Bool

    public init(color: Bool) { self.color = color }

    public func render(_ model: ReportModel) -> String {
        var out = "\(model.path)\n"
        for warning in model.warnings { out += "warning: \(warning)\n" }
        for segment in model.segments {
            let label = segment.tag?.rawValue ?? segment.kind.rawValue
            out += "\n\(paint(pad(label), for: segment)) \(segment.line):\(segment.column)  \(segment.span.text)\n"
            if let attribution = segment.attribution {
                var line = "    cue '\(attribution.cue.text)'"
                if let source = attribution.source {
                    line += ", source '\(source.span.text)' (\(source.kind?.rawValue ?? "unknown"))"
                    if let antecedent = source.antecedent { line += " → '\(antecedent.text)'" }
                }
                out += line + "  [\(attribution.rule)]\n"
            }
            for hedge in segment.hedges { out += "    hedge '\(hedge.span.text)'  [\(hedge.rule)]\n" }
        }
        let counts = model.counts
        out += "\n\(counts.sentences) sentences: \(counts[.attributed]) attributed, "
        out += "\(counts[.speculative]) speculative, \(counts[.unattributed]) unattributed\n"
        return out
    }

    private func pad(_ label: String) -> String { label.padding(toLength: 12, withPad: " ", startingAt: 0) }

    private func paint(_ text: String, for segment: ReportModel.Segment) -> String {
        guard color else { return text }
        let code: String
        switch segment.tag {
        case .attributed: code = "32"
        case .speculative: code = "33"
        case .unattributed: code = "31"
        case nil: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
