/// The figures reported beside the score, all from body sentences.
package struct SourcingMeasures: Sendable, Equatable {
    /// A count and its share of a whole (0…1; 0 when the whole is empty).
    package struct Share: Sendable, Equatable {
        package var count: Int
        package var share: Double

        init(_ count: Int, of whole: Int) {
            self.count = count
            share = whole == 0 ? 0 : Double(count) / Double(whole)
        }
    }

    /// The source kinds reported, in report order.
    package static let kinds: [SourceKind] = [.named, .document, .anonymous, .pronoun, .vague]

    package let sentences: Int
    /// Sentences per tag, as shares of the body sentences.
    package let tags: [Tag: Share]
    /// Body sentences with an attribution (including vague ones that make a sentence speculative).
    package let attributions: Int
    /// Attributions per source kind, as shares of `attributions`; no source span counts as vague.
    package let kinds: [SourceKind: Share]
    package let distinctSources: Int
    /// The most-cited source and the share of attributions resting on it.
    package let topSource: (name: String, share: Share)?

    package init(_ analysis: DocumentAnalysis, ledger: SourceLedger) {
        let body = analysis.segments.filter { $0.segment.kind == .sentence }
        sentences = body.count
        var tags: [Tag: Share] = [:]
        for tag in Tag.allCases { tags[tag] = Share(body.filter { $0.tag == tag }.count, of: body.count) }
        self.tags = tags
        let attributed = body.compactMap(\.attribution)
        attributions = attributed.count
        var kinds: [SourceKind: Share] = [:]
        for kind in Self.kinds {
            let count = attributed.filter { ($0.kind == .auto ? nil : $0.kind) ?? .vague == kind }.count
            kinds[kind] = Share(count, of: attributed.count)
        }
        self.kinds = kinds
        distinctSources = ledger.entries.count
        topSource = ledger.entries.first.map { ($0.name, Share($0.sentences.count, of: attributed.count)) }
    }

    package static func == (lhs: SourcingMeasures, rhs: SourcingMeasures) -> Bool {
        lhs.sentences == rhs.sentences && lhs.tags == rhs.tags && lhs.attributions == rhs.attributions
            && lhs.kinds == rhs.kinds && lhs.distinctSources == rhs.distinctSources
            && lhs.topSource?.name == rhs.topSource?.name && lhs.topSource?.share == rhs.topSource?.share
    }
}
