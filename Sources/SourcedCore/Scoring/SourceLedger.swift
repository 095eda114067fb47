import Foundation

/// Every source an article cites, with its mentions merged: "Russian President Vladimir
/// Putin", "Putin" and a "he" resolved to Putin are one source.
///
/// Named mentions merge when one's name tokens are a prefix or suffix of the other's
/// trailing run of capitalised words ("Putin" ⊂ "… Vladimir Putin", "Kim" ⊂ "Kim Jong Un");
/// other kinds merge only on equal text. Sources are ordered by sentences cited, then by
/// first appearance.
package struct SourceLedger: Sendable {
    /// One source and where it is cited.
    package struct Entry: Sendable, Equatable {
        /// The fullest mention, used as the source's name.
        package var name: String
        package var kind: SourceKind
        /// Distinct mention texts, fullest first.
        package var mentions: [String]
        /// Indices into `DocumentAnalysis.segments` of the sentences attributed to it.
        package var sentences: [Int]
        var tokens: [String]
    }

    package let entries: [Entry]

    /// Collects the sources of every attributed body sentence.
    package init(_ analysis: DocumentAnalysis) {
        var mentions: [Mention] = []
        for (index, segment) in analysis.segments.enumerated() where segment.segment.kind == .sentence {
            guard let attribution = segment.attribution, let source = attribution.source else { continue }
            let speaker = attribution.speaker ?? source
            var kind = attribution.kind ?? .vague
            if kind == .pronoun, attribution.antecedent != nil { kind = .named }
            let text = analysis.document.string(source)
            mentions.append(
                Mention(text: Self.clean(text), key: Self.clean(analysis.document.string(speaker)), kind: kind, sentence: index))
        }
        self.init(mentions: mentions)
    }

    /// A source mention: its text, the text that names the speaker, its kind and sentence.
    struct Mention {
        var text: String
        var key: String
        var kind: SourceKind
        var sentence: Int
    }

    init(mentions: [Mention]) {
        var entries: [Entry] = []
        // Longest names first, so "Putin" finds "Russian President Vladimir Putin" already there.
        let tokenized = mentions.map { Self.tokens($0.key) }
        let ordered = mentions.indices.sorted { (-tokenized[$0].count, $0) < (-tokenized[$1].count, $1) }
        // A long article repeats the same few names: each distinct name is matched against
        // the entries once, so the ledger stays linear in the number of mentions.
        var known: [String: Int] = [:]
        for position in ordered {
            let mention = mentions[position]
            let tokens = tokenized[position]
            let cacheKey = "\(mention.kind.rawValue)\u{0}\(mention.key)"
            let found = known[cacheKey] ?? entries.firstIndex { Self.same($0, kind: mention.kind, key: mention.key, tokens: tokens) }
            if let index = found {
                known[cacheKey] = index
                entries[index].sentences.append(mention.sentence)
                if !entries[index].mentions.contains(mention.text) { entries[index].mentions.append(mention.text) }
            } else {
                entries.append(
                    Entry(name: mention.key, kind: mention.kind, mentions: [mention.text], sentences: [mention.sentence], tokens: tokens))
                known[cacheKey] = entries.count - 1
            }
        }
        for index in entries.indices { entries[index].sentences = Array(Set(entries[index].sentences)).sorted() }
        // Most cited first; ties in order of first citation.
        self.entries = entries.sorted {
            (-$0.sentences.count, $0.sentences.first ?? 0) < (-$1.sentences.count, $1.sentences.first ?? 0)
        }
    }

    /// The entry citing a segment, if any.
    package func entry(forSentence index: Int) -> Entry? { entries.first { $0.sentences.contains(index) } }

    static func same(_ entry: Entry, kind: SourceKind, key: String, tokens: [String]) -> Bool {
        guard entry.kind == kind else { return false }
        guard kind == .named, !tokens.isEmpty else { return entry.name.lowercased() == key.lowercased() }
        let run = Array(entry.tokens.reversed().prefix { $0.first?.isUppercase == true }.reversed())
        guard tokens.count <= run.count else { return false }
        return Array(run.suffix(tokens.count)) == tokens || Array(run.prefix(tokens.count)) == tokens
    }

    /// Words of a mention, hyphens split ("Jong-Un" → "Jong", "Un").
    static func tokens(_ text: String) -> [String] {
        text.split { $0 == " " || $0 == "-" || $0 == "\n" }.map(String.init)
    }

    /// Drops a leading "the" and a trailing possessive.
    static func clean(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for suffix in ["’s", "'s"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
        for prefix in ["the ", "The "] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        return text
    }
}
