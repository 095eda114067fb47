import Foundation
import SourcedCore

/// The `sourced/1` machine-readable result. Fields are only ever added, never renamed or dropped.
package struct JSONReporter: Reporter {
    package static let schema = "sourced/1"
    package let pretty: Bool

    package init(pretty: Bool = true) { self.pretty = pretty }

    package func render(_ model: ReportModel) -> String {
        JSONText.encode(Self.object(model), pretty: pretty) + (pretty ? "\n" : "")
    }

    /// The result as JSON-ready values (shared with the batch and stream outputs).
    package static func object(_ model: ReportModel) -> [String: Any] {
        var object: [String: Any] = [
            "schema": schema,
            "document": ["path": model.path, "bytes": model.bytes] as [String: Any],
            "segments": model.segments.map(segment),
            "counts": counts(model.counts),
            "warnings": model.warnings,
        ]
        if let summary = model.summary { object.merge(Self.summary(summary, model: model)) { _, added in added } }
        return object
    }

    static func counts(_ counts: TagCounts) -> [String: Int] {
        var result: [String: Int] = ["segments": counts.segments.values.reduce(0, +), "sentences": counts.sentences]
        for kind in SegmentKind.allCases where kind != .sentence { result[kind.rawValue] = counts.segments[kind] ?? 0 }
        for tag in Tag.allCases { result[tag.rawValue] = counts[tag] }
        return result
    }

    static func segment(_ segment: ReportModel.Segment) -> [String: Any] {
        var object: [String: Any] = [
            "start": segment.span.start, "end": segment.span.end, "line": segment.line, "column": segment.column,
            "text": segment.span.text, "kind": segment.kind.rawValue,
            "tag": segment.tag.map { $0.rawValue as Any } ?? NSNull(),
            "attribution": segment.attribution.map(attribution) ?? NSNull(),
            "hedges": segment.hedges.map { span($0.span).merging(["rule": $0.rule]) { a, _ in a } },
            "rules": segment.rules,
        ]
        if let reason = segment.suppressed { object["suppressed"] = reason }
        return object
    }

    static func attribution(_ attribution: ReportModel.Attribution) -> Any {
        var source: Any = NSNull()
        if let value = attribution.source {
            var object = span(value.span)
            object["kind"] = value.kind?.rawValue ?? NSNull()
            if let antecedent = value.antecedent { object["antecedent"] = span(antecedent) }
            source = object
        }
        return ["cue": span(attribution.cue), "source": source, "rule": attribution.rule] as [String: Any]
    }

    static func span(_ span: ReportModel.Span) -> [String: Any] {
        ["start": span.start, "end": span.end, "text": span.text]
    }
}
