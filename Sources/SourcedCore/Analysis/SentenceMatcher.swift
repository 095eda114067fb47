import PCRE2

/// Runs the pack's pattern rules over one sentence.
struct SentenceMatcher {
    let pack: RulePack
    let matcher: Matcher
    let document: String
    /// Rules skipped on a sentence because PCRE2's match limit stopped them there.
    let limitHits = LimitHits()

    struct Findings {
        var attributions: [Attribution] = []
        var hedges: [Hedge] = []
        var rules: Set<String> = []
    }

    /// What the tokenizer saw in a sentence: lexicon bits for the rules' gates, and where
    /// words of the lexicons rules name begin (their verbs' noun readings are checked).
    struct Words {
        var mask: UInt64 = 0
        /// Start and cue-lexicon bits of each such word, in sentence order.
        var cueStarts: [(start: Int, lexicons: UInt64)] = []
        /// The sentence's token encoding, built by the first token rule that runs on it.
        let encoding = EncodingCache()
    }

    /// The sentence's words, from a tokenizer and one hash lookup per word.
    func words(_ sentence: UnsafeBufferPointer<UInt8>) -> Words {
        var words = Words()
        var hash = WordHash.offset
        var start = -1
        func end() {
            let entry = pack.wordGates[hash]
            words.mask |= entry.gate
            if entry.cue != 0 { words.cueStarts.append((start, entry.cue)) }
            start = -1
        }
        for (index, byte) in sentence.enumerated() {
            if byte.isASCIILetter {
                if start < 0 {
                    start = index
                    hash = WordHash.offset
                }
                hash = WordHash.step(hash, byte)
            } else if start >= 0 {
                end()
            }
        }
        if start >= 0 { end() }
        return words
    }

    /// The tokens and token encoding of one sentence, each built once, when first needed; the
    /// phrases the token rules share are marked in it when the first rule that reads them runs.
    final class EncodingCache {
        private var built: TokenEncoding?
        private var tokens: [Token]?
        private var phrasesMarked = false
        func get(
            _ sentence: UnsafeBufferPointer<UInt8>, _ pack: RulePack, _ matcher: Matcher, _ limitHits: LimitHits, phrases: Bool = true
        ) -> TokenEncoding {
            // Profiled apart from the rules: the first token rule would otherwise pay for it.
            var encoding =
                built
                ?? RuleProfile.timed("(token encoding and tags)") {
                    TokenEncoding(sentence, tokens: tokens(sentence), tables: pack.tokenTables, tagger: pack.tagger)
                }
            if phrases, !phrasesMarked {
                RuleProfile.timed("(phrases)") {
                    for rule in encoding.markPhrases(pack.phrases, matcher: matcher) { limitHits.add(rule) }
                }
                phrasesMarked = true
            }
            built = encoding
            return encoding
        }
        func tokens(_ sentence: UnsafeBufferPointer<UInt8>) -> [Token] {
            if let tokens { return tokens }
            let found = Tokenizer.tokens(sentence)
            tokens = found
            return found
        }
    }

    /// A rule's matches in a sentence, the rule run alone (for its examples).
    func matchesAlone(_ rule: CompiledRule, in sentence: UnsafeBufferPointer<UInt8>) throws(AnalysisError) -> [Match] {
        try matches(rule, sentence, words(sentence))
    }

    func find(in sentence: UnsafeBufferPointer<UInt8>, at offset: Int) throws(AnalysisError) -> Findings {
        var findings = Findings()
        let words = words(sentence)
        let mask = words.mask
        let found = pack.prefilter.scan(sentence)
        // Cues inside an exception are refused while matching, so a rule goes on to a later cue.
        var refused: [Range<Int>] = []
        for rule in pack.exceptions where rule.gate.admits(mask, found, sentence) {
            for match in try matches(rule, sentence, words) {
                refused.append(rule.cue(of: match))
                findings.rules.insert(rule.id)
            }
        }
        // A verb-list word read as a noun, or as an agentless passive, is no cue of a rule whose
        // cues are verbs: its subject is not who speaks.
        let nouns = inactiveReadings(sentence, words)
        let refusedVerbs = nouns.isEmpty ? refused : refused + nouns
        for rule in pack.attributions where rule.gate.admits(mask, found, sentence) {
            let cuesAreVerbs = rule.cueLexicons != 0 && rule.cueLexicons & ~pack.verbLexicons == 0
            try attribute(rule, sentence, words, at: offset, refusing: cuesAreVerbs ? refusedVerbs : refused, into: &findings)
        }
        for rule in pack.hedges where rule.gate.admits(mask, found, sentence) {
            for match in try matches(rule, sentence, words, refusing: refused) {
                let span = ByteSpan(rule.cue(of: match)).shifted(by: offset)
                findings.rules.insert(rule.id)
                guard !findings.hedges.contains(where: { $0.span.overlaps(span) }) else { continue }
                findings.hedges.append(Hedge(span: span, rule: rule.id))
            }
        }
        // A fallback rule speaks only when nothing else attributes or hedges the sentence.
        if findings.attributions.isEmpty, findings.hedges.isEmpty {
            for rule in pack.fallbacks where rule.gate.admits(mask, found, sentence) {
                try attribute(rule, sentence, words, at: offset, refusing: refused, into: &findings)
            }
        }
        findings.hedges.sort { $0.span < $1.span }
        return findings
    }

    /// How far the noun reading must beat every other (tagger weight units), measured on PolNeAR
    /// dev with `sourced eval` (margins 0–700): 0 loses 21 true cues ("Trump claims that"), 450 one,
    /// 500–550 none and drops a false one, 600 and up refuse nothing that changes a verdict.
    static let nounMargin: Int32 = 550

    /// The verb-list words of a sentence that are no active verb: read as a noun by the tagger
    /// ("the street protests"), or a past participle after a form of "be" with no "by" agent
    /// ("has been reported in", "were told").
    func inactiveReadings(_ sentence: UnsafeBufferPointer<UInt8>, _ words: Words) -> [Range<Int>] {
        guard words.cueStarts.contains(where: { $0.lexicons & pack.verbLexicons != 0 }) else { return [] }
        let tokens = words.encoding.tokens(sentence)
        var inactive: [Range<Int>] = []
        var index = 0
        for cue in words.cueStarts where cue.lexicons & pack.verbLexicons != 0 {
            while index < tokens.count, tokens[index].start < cue.start { index += 1 }
            guard index < tokens.count, tokens[index].start == cue.start else { continue }
            if isAgentlessPassive(index, tokens, sentence)
                || pack.tagger?.readsAsNoun(index, in: tokens, text: sentence, margin: Self.nounMargin) == true
            {
                inactive.append(tokens[index].range)
            }
        }
        return inactive
    }

    private func isAgentlessPassive(_ index: Int, _ tokens: [Token], _ sentence: UnsafeBufferPointer<UInt8>) -> Bool {
        let auxiliaries = pack.wordClasses.passiveAuxiliaries
        guard auxiliaries != 0, !Self.ends(tokens[index], sentence, with: "ing") else { return false }
        if index + 1 < tokens.count, tokens[index + 1].end - tokens[index + 1].start == 2,
            Self.ends(tokens[index + 1], sentence, with: "by")
        {
            return false
        }
        var before = index - 1
        // Up to two adverbs between ("was widely reported").
        while before >= 0, index - before <= 2, Self.ends(tokens[before], sentence, with: "ly") { before -= 1 }
        guard before >= 0 else { return false }
        let classes = pack.tokenTables.lexicons.single[TokenEncoding.hash(sentence, tokens[before])].gate
        return classes & auxiliaries != 0
    }

    /// Whether a token ends with `suffix` (ASCII, lower case), in any case.
    private static func ends(_ token: Token, _ sentence: UnsafeBufferPointer<UInt8>, with suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard token.end - token.start >= count else { return false }
        let tail = suffix.withUTF8Buffer { Array($0) }
        return (0..<count).allSatisfy { sentence[token.end - count + $0].asciiLowercased == tail[$0] }
    }

    /// The attributions of one rule's matches whose cue no exception blocks.
    private func attribute(
        _ rule: CompiledRule, _ sentence: UnsafeBufferPointer<UInt8>, _ words: Words, at offset: Int, refusing refused: [Range<Int>],
        into findings: inout Findings
    ) throws(AnalysisError) {
        for match in try matches(rule, sentence, words, refusing: refused) {
            let cue = ByteSpan(rule.cue(of: match)).shifted(by: offset)
            var sourceRange = rule.source(of: match)
            var phrase: SourcePhrase?
            if let range = sourceRange {
                // "But Trump" cites Trump; "April" or "On Tuesday" cites nobody: no attribution.
                guard let found = SourcePhrase(range, in: sentence, gates: pack.wordGates, words: pack.wordClasses, tagger: pack.tagger)
                else { continue }
                (phrase, sourceRange) = (found, found.range)
            }
            var kind = rule.sourceKind ?? .auto
            if kind == .auto, let sourceRange {
                kind = try classify(sourceRange, in: sentence, words, rules: &findings.rules)
            }
            if let phrase { kind = phrase.kind(decided: kind, words: pack.wordClasses, sentence: sentence) }
            let source = sourceRange.map { ByteSpan($0).shifted(by: offset) }
            findings.attributions.append(
                Attribution(cue: cue, source: source, kind: source == nil && kind == .auto ? nil : kind, rule: rule.id))
            findings.rules.insert(rule.id)
        }
    }

    /// A token rule's matches, mapped from the encoding back to the sentence's bytes.
    private func tokenMatches(
        _ rule: CompiledRule, _ pattern: Pattern, _ sentence: UnsafeBufferPointer<UInt8>, _ words: Words, refusing refused: [Range<Int>]
    ) throws(AnalysisError) -> [Match] {
        let encoding = words.encoding.get(sentence, pack, matcher, limitHits, phrases: rule.usesPhrases)
        let start = RuleProfile.enabled ? RuleProfile.now() : 0
        let blocked = refused.compactMap(encoding.encodingRange(of:))
        do {
            let found = try encoding.bytes.withUnsafeBufferPointer { (subject) throws(PCRE2Error) -> [Match] in
                try matcher.allMatches(pattern, in: subject, refusing: blocked, groups: rule.cueGroups)
            }
            if RuleProfile.enabled { RuleProfile.record(rule.id, since: start, matches: found.count) }
            return found.compactMap { match in
                guard let whole = encoding.span(of: match.range) else { return nil }
                return Match(ranges: [whole] + match.ranges.dropFirst().map { $0.flatMap(encoding.span(of:)) })
            }
        } catch {
            // One rule on one sentence gives up; the article is still analysed (and warned).
            limitHits.add(rule.id)
            return []
        }
    }

    /// A rule's matches in `subject`; `words` are the subject's (a sentence's) words, whose
    /// token encoding a token rule reads.
    func matches(
        _ rule: CompiledRule, _ subject: UnsafeBufferPointer<UInt8>, _ words: Words, first: Bool = false,
        refusing refused: [Range<Int>] = []
    ) throws(AnalysisError) -> [Match] {
        guard let pattern = rule.pattern else { return [] }
        if rule.overTokens { return try tokenMatches(rule, pattern, subject, words, refusing: refused) }
        do {
            let start = RuleProfile.enabled ? RuleProfile.now() : 0
            let found =
                first
                ? try matcher.firstMatch(pattern, in: subject).map { [$0] } ?? []
                : try matcher.allMatches(pattern, in: subject, refusing: refused, groups: rule.cueGroups)
            if RuleProfile.enabled { RuleProfile.record(rule.id, since: start, matches: found.count) }
            return found
        } catch {
            // One rule on one sentence gives up; the article is still analysed (and warned).
            limitHits.add(rule.id)
            return []
        }
    }
}

/// Rules a match limit stopped, counted per rule and per kind of text (sentence, block), for
/// the document's warnings.
package final class LimitHits {
    private var counts: [String: [String: Int]] = [:]

    package init() {}

    func add(_ rule: String, in unit: String = "sentence") { counts[rule, default: [:]][unit, default: 0] += 1 }

    package var warnings: [String] {
        counts.sorted { $0.key < $1.key }.flatMap { rule, units in
            units.sorted { $0.key < $1.key }.map { unit, count in
                "rule '\(rule)' hit the pattern match limit on \(count) \(unit)(s) and was skipped there"
            }
        }
    }
}
