import PCRE2

extension SentenceMatcher {
    /// The kind of the source span `range` of `sentence`: the first `source` rule that
    /// matches, by kind priority; otherwise named if it has a capital letter, else anonymous
    /// ("the official").
    func classify(
        _ range: Range<Int>, in sentence: UnsafeBufferPointer<UInt8>, _ words: Words, rules: inout Set<String>
    ) throws(AnalysisError) -> SourceKind {
        let source = UnsafeBufferPointer(rebasing: sentence[range])
        let found = pack.prefilter.scan(source)
        let none = Words()
        for rule in pack.sources where rule.gate.admits(0, found, source) {
            if rule.overTokens, let pattern = rule.pattern {
                guard spanMatches(rule, pattern, range, in: sentence, words) else { continue }
            } else {
                guard try !matches(rule, source, none, first: true).isEmpty else { continue }
            }
            rules.insert(rule.id)
            return rule.sourceKind ?? .named
        }
        return Self.hasCapitalBeyondDeterminer(source) ? .named : .anonymous
    }

    /// Whether a token rule matches the span's tokens as the sentence's encoding holds them
    /// (built once per sentence, not once per span), run alone: `^` and `$` are the span's ends.
    private func spanMatches(
        _ rule: CompiledRule, _ pattern: Pattern, _ range: Range<Int>, in sentence: UnsafeBufferPointer<UInt8>, _ words: Words
    ) -> Bool {
        let encoding = words.encoding.get(sentence, pack, matcher, limitHits, phrases: rule.usesPhrases)
        let start = RuleProfile.enabled ? RuleProfile.now() : 0
        guard let tokens = encoding.encodingRange(of: range) else { return false }
        do {
            let found = try encoding.bytes[tokens].withUnsafeBufferPointer { (span) throws(PCRE2Error) -> Bool in
                try matcher.firstMatch(pattern, in: span) != nil
            }
            if RuleProfile.enabled { RuleProfile.record(rule.id, since: start, matches: found ? 1 : 0) }
            return found
        } catch {
            limitHits.add(rule.id)
            return false
        }
    }

    /// A capital letter other than the one a sentence-initial determiner carries ("The leaders").
    static func hasCapitalBeyondDeterminer(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        let determiners = [
            "The ", "A ", "An ", "Some ", "Many ", "Several ", "Two ", "Three ", "Other ", "Most ", "His ", "Her ", "Their ", "Its ",
        ]
        for determiner in determiners where source.starts(with: determiner.utf8) {
            start = determiner.utf8.count
            break
        }
        return source[start...].contains { (0x41...0x5A).contains($0) }
    }
}
