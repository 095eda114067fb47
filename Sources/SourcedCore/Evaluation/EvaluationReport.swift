import Foundation

/// The scores of one labels file (or of several combined): only the labels present are
/// scored, on body and standalone lines; segment kinds on every article line.
package struct EvaluationReport: Sendable, Codable, Equatable {
    /// The labels file, or `combined`.
    package var name: String
    /// Every gold line read.
    package var lines = 0
    /// Body and standalone lines, whose labels are scored.
    package var scored = 0
    /// Scored lines that no tool segment overlaps (scored as untagged).
    package var unaligned = 0
    /// Body lines without a letter or digit (a lone closing quote that the annotators'
    /// tokenizer split off a sentence): not sentences, so not scored.
    package var wordless = 0
    package var tag: TagScore?
    package var attributed: BinaryScore?
    package var speculative: BinaryScore?
    package var segment: SegmentScore?
    /// Rules that fired on scored lines, worst precision first.
    package var rules: [RuleScore] = []
    /// Error types in name order.
    package var errors: [ErrorGroup] = []

    /// Scores `outcomes`; `pack` says which label each rule argues for, and at most
    /// `errorLimit` examples are kept per error type.
    package init(name: String, outcomes: [LineOutcome], pack: RulePack, errorLimit: Int = 0) {
        self.name = name
        var builder = EvaluationReportBuilder(pack: pack, errorLimit: errorLimit)
        for outcome in outcomes { builder.add(outcome) }
        builder.finish(into: &self)
    }
}

/// Accumulates the counts of an `EvaluationReport` line by line.
struct EvaluationReportBuilder {
    let arguments: [String: RuleArgument]
    let errorLimit: Int
    var lines = 0, scored = 0, unaligned = 0, wordless = 0
    var tag: TagScore?, attributed: BinaryScore?, speculative: BinaryScore?, segment: SegmentScore?
    var rules: [String: RuleScore] = [:]
    var errors: [String: ErrorGroup] = [:]

    /// The label a rule argues for: attribution rules for `attributed`, hedges for `speculative`.
    struct RuleArgument {
        var binary: KeyPath<GoldLabel, Bool?>
        var binaryName: String
        var tag: Tag
    }

    init(pack: RulePack, errorLimit: Int) {
        self.errorLimit = errorLimit
        var arguments: [String: RuleArgument] = [:]
        for rule in pack.rules {
            guard let tag = rule.tag else { continue }
            switch rule.kind {
            case .attribution, .continuation: arguments[rule.id] = RuleArgument(binary: \.attributed, binaryName: "attributed", tag: tag)
            case .hedge: arguments[rule.id] = RuleArgument(binary: \.speculative, binaryName: "speculative", tag: tag)
            case .lexicon, .fragment, .phrase, .exception, .source, .boilerplate, .heading, .abbreviations: continue
            }
        }
        self.arguments = arguments
    }

    mutating func add(_ outcome: LineOutcome) {
        lines += 1
        let gold = outcome.gold
        if case .article(_, _, _, let kind) = gold.location {
            segment = segment ?? SegmentScore()
            segment?.add(gold: kind, predicted: outcome.kind)
            if outcome.kind != kind.segmentKind {
                error("segment: \(kind.rawValue) as \(outcome.kind?.rawValue ?? "none")", outcome)
            }
        }
        guard gold.isScored else { return }
        guard outcome.text.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) else {
            wordless += 1
            return
        }
        scored += 1
        if outcome.kind == nil { unaligned += 1 }
        if let goldTag = gold.tag {
            tag = tag ?? TagScore()
            tag?.add(gold: goldTag, predicted: outcome.scoredTag, also: gold.also)
            if !gold.accepts(outcome.scoredTag) { error("tag: \(goldTag.rawValue) as \(outcome.scoredTag.rawValue)", outcome) }
        }
        if let value = gold.attributed {
            attributed = attributed ?? BinaryScore()
            attributed?.add(gold: value, predicted: outcome.attributed)
            binaryError("attributed", gold: value, predicted: outcome.attributed, outcome)
        }
        if let value = gold.speculative {
            speculative = speculative ?? BinaryScore()
            speculative?.add(gold: value, predicted: outcome.speculative)
            binaryError("speculative", gold: value, predicted: outcome.speculative, outcome)
        }
        for rule in Set(outcome.rules) { judge(rule, on: gold) }
    }

    /// Counts a rule's firing against its own binary label, else against the gold tag.
    private mutating func judge(_ rule: String, on gold: GoldLabel) {
        guard let argument = arguments[rule] else { return }
        let correct: Bool
        let argues: String
        if let value = gold[keyPath: argument.binary] {
            correct = value
            argues = argument.binaryName
        } else if gold.tag != nil {
            correct = gold.accepts(argument.tag)
            argues = "tag:" + argument.tag.rawValue
        } else {
            return
        }
        rules[rule + " " + argues, default: RuleScore(rule: rule, argues: argues)].fired += 1
        if correct { rules[rule + " " + argues]?.correct += 1 }
    }

    private mutating func binaryError(_ label: String, gold: Bool, predicted: Bool, _ outcome: LineOutcome) {
        guard gold != predicted else { return }
        error("\(label): false \(predicted ? "positive" : "negative")", outcome)
    }

    private mutating func error(_ type: String, _ outcome: LineOutcome) {
        errors[type, default: ErrorGroup(type: type)].add(outcome, limit: errorLimit)
    }

    func finish(into report: inout EvaluationReport) {
        report.lines = lines
        report.scored = scored
        report.unaligned = unaligned
        report.wordless = wordless
        report.tag = tag
        report.attributed = attributed
        report.speculative = speculative
        report.segment = segment
        report.rules = rules.values.sorted { ($0.precision, -$0.fired, $0.rule) < ($1.precision, -$1.fired, $1.rule) }
        report.errors = errors.values.sorted { $0.type < $1.type }
    }
}
