import Foundation
import SourcedCore
import SourcedReports

/// Renders `sourced eval` reports as plain-text tables, one section per labels file.
package struct EvalTextRenderer {
    package init() {}

    package func render(_ reports: [EvaluationReport]) -> String {
        reports.map(section).joined(separator: "\n")
    }

    private func section(_ report: EvaluationReport) -> String {
        var out = [
            "== \(report.name) ==",
            "lines \(report.lines), scored \(report.scored) (body and standalone), unaligned \(report.unaligned)"
                + (report.wordless > 0 ? ", not scored \(report.wordless) (no letter or digit)" : ""),
        ]
        if let tag = report.tag { out += tagLines(tag) }
        if let score = report.attributed { out += binaryLines("attributed", score) }
        if let score = report.speculative { out += binaryLines("speculative", score) }
        if let segment = report.segment { out += segmentLines(segment) }
        out += ruleLines(report.rules)
        out += errorLines(report.errors)
        return out.joined(separator: "\n") + "\n"
    }

    private func tagLines(_ tag: TagScore) -> [String] {
        var out = [
            "",
            "tag: accuracy \(fmt(tag.accuracy)), with 'also' \(fmt(tag.acceptedAccuracy)) "
                + "(\(tag.acceptedViaAlso) accepted via 'also', \(tag.total) lines)",
        ]
        out.append("  " + pad("gold \\ tool", 14) + Tag.allCases.map { pad($0.rawValue, 14) }.joined())
        for gold in Tag.allCases {
            out.append("  " + pad(gold.rawValue, 14) + Tag.allCases.map { pad("\(tag.count(gold: gold, predicted: $0))", 14) }.joined())
        }
        out.append("  " + pad("class", 14) + ["precision", "recall", "F1", "support"].map { pad($0, 11) }.joined())
        for gold in Tag.allCases { out.append(classLine(gold.rawValue, tag.score(gold))) }
        return out
    }

    private func binaryLines(_ label: String, _ score: BinaryScore) -> [String] {
        [
            "",
            "\(label): accuracy \(fmt(score.accuracy)), macro-F1 \(fmt(score.macroF1)) (\(score.total) lines; "
                + "TP \(score.truePositives) FP \(score.falsePositives) FN \(score.falseNegatives) TN \(score.trueNegatives))",
            "  " + pad("class", 14) + ["precision", "recall", "F1", "support"].map { pad($0, 11) }.joined(),
            classLine("true", score.positive), classLine("false", score.negative),
        ]
    }

    private func segmentLines(_ segment: SegmentScore) -> [String] {
        let tools = SegmentKind.allCases.map(\.rawValue) + ["none"]
        var out = [
            "", "segment: agreement \(fmt(segment.agreement)) (\(segment.agreed)/\(segment.total))",
            "  " + pad("gold \\ tool", 14) + tools.map { pad($0, 13) }.joined(),
        ]
        for gold in GoldSegment.allCases {
            guard let row = segment.counts[gold.rawValue] else { continue }
            out.append("  " + pad(gold.rawValue, 14) + tools.map { pad("\(row[$0] ?? 0)", 13) }.joined())
        }
        return out
    }

    private func ruleLines(_ rules: [RuleScore]) -> [String] {
        guard !rules.isEmpty else { return [] }
        var out = [
            "", "rules (on scored lines, worst precision first):",
            "  " + pad("precision", 11) + pad("fired", 8) + pad("correct", 9) + pad("argues", 22) + "rule",
        ]
        for rule in rules {
            out.append(
                "  " + pad(fmt(rule.precision), 11) + pad("\(rule.fired)", 8) + pad("\(rule.correct)", 9)
                    + pad(rule.argues, 22) + rule.rule)
        }
        return out
    }

    private func errorLines(_ groups: [ErrorGroup]) -> [String] {
        var out: [String] = []
        for group in groups where !group.examples.isEmpty {
            out += ["", "\(group.type) (\(group.count)):"]
            for example in group.examples {
                let tag = example.predicted?.rawValue ?? "untagged"
                let rules = example.rules.isEmpty ? "no rules" : example.rules.joined(separator: ", ")
                out.append("  \(example.location)  \(example.sentence)  [tool: \(tag); \(rules)]")
                out.append("    \(excerpt(example.text))")
            }
        }
        return out
    }

    private func classLine(_ name: String, _ score: ClassScore) -> String {
        "  " + pad(name, 14) + [fmt(score.precision), fmt(score.recall), fmt(score.f1), "\(score.support)"].map { pad($0, 11) }.joined()
    }

    private func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let visible = VisibleText.visible(flat)
        return visible.count > 240 ? String(visible.prefix(237)) + "..." : visible
    }

    private func fmt(_ value: Double) -> String { String(format: "%.3f", value) }
    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
