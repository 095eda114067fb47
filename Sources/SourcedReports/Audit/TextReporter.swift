import SourcedCore

/// The terminal report: the score first, then the claims that need a source, then the
/// annotated article and the source ledger. Wrapped to `width` columns; ANSI colour only
/// when `color` is set (the CLI sets it on a TTY without NO_COLOR).
package struct TextReporter: Reporter {
    package let color: Bool
    package let width: Int

    package init(color: Bool, width: Int = 80) {
        self.color = color
        self.width = width
    }

    package func render(_ model: ReportModel) -> String {
        var out = paint("sourced", "1") + " · \(EvidenceText.safe(model.path))\n"
        for warning in model.warnings { out += wrapper.block("warning:", EvidenceText.safe(warning), indent: 9) }
        if let summary = model.summary {
            out += "\n" + scoreSection(summary)
            out += "\n" + claimsSection(summary.claims, model: model)
        }
        out += "\n" + heading("ARTICLE") + articleSection(model)
        if let summary = model.summary { out += "\n" + sourcesSection(summary.ledger, model: model) }
        let counts = model.counts
        out += "\n\(counts.sentences) sentences: \(counts[.attributed]) attributed, "
        out += "\(counts[.speculative]) speculative, \(counts[.unattributed]) unattributed\n"
        return out
    }

    private var wrapper: TextWrapper { TextWrapper(width: width) }

    private func scoreSection(_ summary: SourcingSummary) -> String {
        let measures = summary.measures
        var out = paint("SOURCING SCORE", "1") + "  " + paint("\(summary.score)", "1") + (summary.score.tenths == nil ? "" : " / 100")
        out += "  (\(measures.sentences) body sentences)\n"
        let tags = Tag.allCases.map {
            "\(measures.tags[$0]?.count ?? 0) \($0.rawValue) (\(EvidenceText.percent(measures.tags[$0]?.share ?? 0)))"
        }
        out += wrapper.block("  ", tags.joined(separator: " · "), indent: 4)
        let kinds = SourcingMeasures.kinds.map { "\($0.rawValue) \(measures.kinds[$0]?.count ?? 0)" }
        out += wrapper.block("  ", "\(measures.attributions) attributions: " + kinds.joined(separator: " · "), indent: 4)
        var sources = "\(measures.distinctSources) distinct sources"
        if let top = measures.topSource {
            sources +=
                "; most cited: \(EvidenceText.safe(top.name)) (\(top.share.count) of \(measures.attributions), "
                + "\(EvidenceText.percent(top.share.share)))"
        }
        out += wrapper.block("  ", sources, indent: 4)
        return out
    }

    private func claimsSection(_ claims: [Claim], model: ReportModel) -> String {
        var out = heading("CLAIMS THAT NEED A SOURCE (\(claims.count))")
        if claims.isEmpty { out += "  none: every body sentence is attributed\n" }
        for (rank, claim) in claims.enumerated() {
            let segment = model.segments[claim.segment]
            let label = String(rank + 1).leftPadded(to: 3) + ". "
            out += wrapper.block(
                label,
                paint(segment.tag?.rawValue ?? "", code(segment.tag))
                    + " \(segment.line):\(segment.column) \(EvidenceText.flat(segment.span.text))",
                indent: 5)
            out += wrapper.block("     why:", claim.reasons.joined(separator: "; "), indent: 10)
        }
        return out
    }

    private func articleSection(_ model: ReportModel) -> String {
        var out = ""
        var block = -1
        for segment in model.segments {
            if segment.block != block, block >= 0 { out += "\n" }
            block = segment.block
            let label = EvidenceText.label(segment)
            let head = paint(label, code(segment.tag)) + String(repeating: " ", count: max(13 - label.count, 1))
            let lines = wrapper.wrap(EvidenceText.flat(segment.span.text), first: 13, indent: 13)
            out += head + lines.joined(separator: "\n" + String(repeating: " ", count: 13)) + "\n"
            let evidence = "\(segment.line):\(segment.column) · " + EvidenceText.lines(segment).joined(separator: "; ")
            guard segment.kind == .sentence else { continue }
            out += paint(wrapper.block("", evidence, indent: 13).dropLast() + "", "2") + "\n"
        }
        return out
    }

    private func sourcesSection(_ ledger: SourceLedger, model: ReportModel) -> String {
        var out = heading("SOURCES (\(ledger.entries.count))")
        for (number, entry) in ledger.entries.enumerated() {
            let places = entry.sentences.map { "\(model.segments[$0].line):\(model.segments[$0].column)" }.joined(separator: ", ")
            var text = "\(EvidenceText.safe(entry.name)) (\(entry.kind.rawValue)) · \(entry.sentences.count) sentence(s) at \(places)"
            let others = entry.mentions.filter { $0 != entry.name }
            if !others.isEmpty { text += " · also as " + others.map { "'\(EvidenceText.safe($0))'" }.joined(separator: ", ") }
            out += wrapper.block(String(number + 1).leftPadded(to: 3) + ".", text, indent: 5)
        }
        return out
    }

    private func heading(_ text: String) -> String { paint(text, "1") + "\n" }

    private func code(_ tag: Tag?) -> String {
        switch tag {
        case .attributed: return "32"
        case .speculative: return "33"
        case .unattributed: return "31"
        case nil: return "2"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
