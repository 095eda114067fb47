import SourcedCore

/// What the Markdown and HTML templates see. Every string is raw article or report text;
/// the template engine escapes it for the output format. Class names are fixed words.
struct ReportView {
    struct Row {
        let label: String
        let count: Int
        let percent: String
        let cls: String
    }
    struct Weight {
        let kind: String
        let weight: String
    }
    struct Place {
        let anchor: String
        let line: Int
        let column: Int
    }
    struct Source {
        let number: Int
        let name: String
        let kind: String
        let mentions: String
        let hasMentions: Bool
        let count: Int
        let places: [Place]
    }
    struct Claim {
        let rank: Int
        let anchor: String
        let tag: String
        let line: Int
        let column: Int
        let text: String
        let reasons: String
    }
    struct Part {
        let text: String
        let cls: String
    }
    struct Sentence {
        let anchor: String
        let tag: String
        let mark: String
        let line: Int
        let column: Int
        let text: String
        let parts: [Part]
        let evidence: [String]
    }
    struct Block {
        let isTitle: Bool
        let isHeading: Bool
        let isBoilerplate: Bool
        let isParagraph: Bool
        let text: String
        let sentences: [Sentence]
    }
    struct Top {
        let name: String
        let count: Int
        let percent: String
    }

    let path: String
    let title: String
    let warnings: [String]
    let hasScore: Bool
    let score: String
    let scoreClass: String
    let sentences: Int
    let attributions: Int
    let distinctSources: Int
    let tags: [Row]
    let kinds: [Row]
    let top: [Top]
    let weights: [Weight]
    let sources: [Source]
    let hasSources: Bool
    let claims: [Claim]
    let claimCount: Int
    let hasClaims: Bool
    let blocks: [Block]

    init(_ model: ReportModel) {
        path = EvidenceText.safe(model.path)
        title = model.segments.first { $0.kind == .title }.map { EvidenceText.flat($0.span.text) } ?? EvidenceText.safe(model.path)
        warnings = model.warnings.map(EvidenceText.safe)
        let summary = model.summary
        hasScore = summary?.score.tenths != nil
        score = summary.map { "\($0.score)" } ?? "n/a"
        scoreClass = Self.scoreClass(summary?.score.tenths)
        let measures = summary?.measures
        sentences = measures?.sentences ?? model.counts.sentences
        attributions = measures?.attributions ?? 0
        distinctSources = measures?.distinctSources ?? 0
        tags = Tag.allCases.map { tag in
            let share = measures?.tags[tag]
            return Row(
                label: tag.rawValue, count: share?.count ?? model.counts[tag], percent: EvidenceText.percent(share?.share ?? 0),
                cls: tag.rawValue)
        }
        kinds = SourcingMeasures.kinds.map { kind in
            let share = measures?.kinds[kind]
            return Row(label: kind.rawValue, count: share?.count ?? 0, percent: EvidenceText.percent(share?.share ?? 0), cls: kind.rawValue)
        }
        top =
            measures?.topSource.map {
                [Top(name: EvidenceText.safe($0.name), count: $0.share.count, percent: EvidenceText.percent($0.share.share))]
            } ?? []
        weights = summary?.weights.table.map { Weight(kind: $0.key, weight: EvidenceText.number($0.weight)) } ?? []
        sources = Self.sources(summary?.ledger, model: model)
        hasSources = !sources.isEmpty
        claims = Self.claims(summary?.claims ?? [], model: model)
        claimCount = claims.count
        hasClaims = !claims.isEmpty
        blocks = Self.blocks(model)
    }

    /// Score bands for colour: 70 and above good, 40 and above fair, else poor.
    static func scoreClass(_ tenths: Int?) -> String {
        guard let tenths else { return "none" }
        return tenths >= 700 ? "good" : tenths >= 400 ? "fair" : "poor"
    }

    static func anchor(_ index: Int) -> String { "s\(index)" }

    static func sources(_ ledger: SourceLedger?, model: ReportModel) -> [Source] {
        (ledger?.entries ?? []).enumerated().map { number, entry in
            let others = entry.mentions.filter { $0 != entry.name }
            return Source(
                number: number + 1, name: EvidenceText.safe(entry.name), kind: entry.kind.rawValue,
                mentions: others.map(EvidenceText.safe).joined(separator: ", "), hasMentions: !others.isEmpty, count: entry.sentences.count,
                places: entry.sentences.map { Place(anchor: anchor($0), line: model.segments[$0].line, column: model.segments[$0].column) })
        }
    }

    static func claims(_ claims: [SourcedCore.Claim], model: ReportModel) -> [Claim] {
        claims.enumerated().map { rank, claim in
            let segment = model.segments[claim.segment]
            return Claim(
                rank: rank + 1, anchor: anchor(claim.segment), tag: claim.tag.rawValue, line: segment.line, column: segment.column,
                text: EvidenceText.flat(segment.span.text), reasons: claim.reasons.joined(separator: "; "))
        }
    }

    static func blocks(_ model: ReportModel) -> [Block] {
        var blocks: [Block] = []
        var current: [ReportModel.Segment] = []
        var indices: [Int] = []
        func flush() {
            guard let first = current.first else { return }
            let sentences = zip(indices, current).map { sentence($1, index: $0) }
            blocks.append(
                Block(
                    isTitle: first.kind == .title, isHeading: first.kind == .heading, isBoilerplate: first.kind == .boilerplate,
                    isParagraph: first.kind == .sentence, text: current.map { EvidenceText.flat($0.span.text) }.joined(separator: " "),
                    sentences: sentences))
            current = []
            indices = []
        }
        for (index, segment) in model.segments.enumerated() {
            if let last = current.last, last.block != segment.block || last.kind != segment.kind { flush() }
            current.append(segment)
            indices.append(index)
        }
        flush()
        return blocks
    }

    static func sentence(_ segment: ReportModel.Segment, index: Int) -> Sentence {
        let tag = segment.tag?.rawValue ?? segment.kind.rawValue
        let marks = ["attributed": "✓", "speculative": "?", "unattributed": "✗"]
        return Sentence(
            anchor: anchor(index), tag: tag, mark: marks[tag] ?? "", line: segment.line, column: segment.column,
            text: EvidenceText.flat(segment.span.text),
            parts: SentenceParts.split(segment).map { Part(text: VisibleText.visible($0.text, keepingLineBreaks: true), cls: $0.cls) },
            evidence: EvidenceText.lines(segment))
    }
}
