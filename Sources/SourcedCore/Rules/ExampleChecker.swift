import PCRE2

/// Runs a rule's examples: the rule alone (its pattern with the pack's lexicons and
/// fragments) and then through the whole pack, plain and behind a multibyte prefix.
package struct ExampleChecker: Sendable {
    /// Prefix used to prove spans are byte offsets: every expected span must shift by its bytes.
    package static let prefix = "“Émigré” — "

    package let pack: RulePack
    let analyzer: Analyzer

    package init(pack: RulePack) {
        self.pack = pack
        analyzer = Analyzer(pack: pack)
    }

    /// A failed example, located in its rule file.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package let file: String
        package let line: Int
        package let rule: String
        package let message: String
        package var description: String { "\(file):\(line): \(rule): \(message)" }
    }

    /// Every example of every rule; empty when all pass.
    package func checkAll() -> [Failure] {
        zip(pack.definitions, pack.rules).flatMap { definition, rule in definition.examples.compactMap { check($0, of: rule) } }
    }

    /// Checks one example; nil when it passes.
    package func check(_ example: RuleExample, of rule: CompiledRule) -> Failure? {
        let marked = MarkedExample(example.text)
        // A boilerplate block is judged from its start, so its prefix is a block of its own.
        let prefix = rule.kind.judgesBlocks ? Self.prefix + "\n\n" : Self.prefix
        // A rule anchored at the sentence start cannot match behind a prefix: it is run plain only.
        let prefixed =
            rule.pattern?.isAnchored == true ? [] : [(marked.prefixed(prefix), " (behind a multibyte prefix)", prefix.utf8.count)]
        for (variant, name, skipped) in [(marked, "", 0)] + prefixed {
            if let message = checkAlone(variant, rule: rule, shouldMatch: example.shouldMatch, after: skipped)
                ?? checkInPack(variant, rule: rule, shouldMatch: example.shouldMatch)
            {
                return Failure(file: rule.file, line: example.line, rule: rule.id, message: message + name)
            }
        }
        return nil
    }

    /// The rule's pattern alone must find exactly the marked spans (or nothing for no-match
    /// after byte `after`: a phrase rule finds a name in the prefix, "Émigré").
    private func checkAlone(_ example: MarkedExample, rule: CompiledRule, shouldMatch: Bool, after: Int) -> String? {
        let pattern: Pattern
        switch alonePattern(rule) {
        case .none: return nil
        case .failed(let message): return "pattern does not compile alone: \(message)"
        case .compiled(let compiled): pattern = compiled
        }
        let matcher = Matcher()
        var bytes = Array(example.text.utf8)
        // Source and boilerplate rules judge a whole phrase or block: the marker names it.
        let wholeSubject = rule.kind.traits.subject == .sourceSpan || rule.kind.traits.subject == .block
        if wholeSubject, let cue = example.cue { bytes = Array(bytes[cue.range]) }
        let matches: [Match]
        do {
            if rule.overTokens {
                let sentences = SentenceMatcher(pack: pack, matcher: matcher, document: rule.file)
                matches = try bytes.withUnsafeBufferPointer { (text) throws(AnalysisError) in try sentences.matchesAlone(rule, in: text) }
            } else {
                matches = try bytes.withUnsafeBufferPointer { try matcher.allMatches(pattern, in: $0) }
            }
        } catch {
            return "pattern failed: \(error.localizedDescription)"
        }
        let cues = matches.map { ByteSpan(rule.pattern == nil ? $0.range : rule.cue(of: $0)) }
        guard shouldMatch else {
            let cues = rule.kind == .phrase ? cues.filter { $0.start >= after } : cues
            return cues.isEmpty ? nil : "matched '\(slice(bytes, cues[0]))' but should not match"
        }
        guard let expected = example.cue else { return nil }
        if wholeSubject { return cues.isEmpty ? "the pattern does not match '\(example.text)'" : nil }
        guard let index = cues.firstIndex(of: expected) else {
            let found = cues.map { "'\(slice(bytes, $0))'" }.joined(separator: ", ")
            return "expected cue '\(slice(bytes, expected))' but found \(found.isEmpty ? "no match" : found)"
        }
        if let source = example.source {
            let got = rule.source(of: matches[index]).map(ByteSpan.init)
            if got != source {
                return "expected source '\(slice(bytes, source))' but found '\(got.map { slice(bytes, $0) } ?? "none")'"
            }
        }
        return nil
    }

    /// The whole pack must agree: the tag the rule argues for, and its evidence kept.
    private func checkInPack(_ example: MarkedExample, rule: CompiledRule, shouldMatch: Bool) -> String? {
        guard shouldMatch, let cue = example.cue else { return nil }
        let document = PlainTextReader().read(Array(example.text.utf8), path: rule.file)
        let paragraph = SourceDocument(
            path: document.path, original: document.original, text: document.text, map: document.map,
            blocks: document.blocks.map { Block(span: $0.span, hint: rule.kind.judgesBlocks ? .auto : .paragraph) })
        let analysis: DocumentAnalysis
        do {
            analysis = try analyzer.analyze(paragraph, matcher: Matcher())
        } catch {
            return error.localizedDescription
        }
        guard let segment = analysis.segments.first(where: { $0.segment.span.overlaps(cue) || $0.segment.span.contains(cue) }) else {
            return "no segment holds the cue"
        }
        switch rule.kind {
        case .boilerplate, .heading:
            let expected: SegmentKind = rule.kind == .heading ? .heading : .boilerplate
            return segment.segment.kind == expected ? nil : "the pack made this block a \(segment.segment.kind.rawValue)"
        case .attribution, .hedge, .continuation:
            if let tag = rule.tag, segment.tag != tag {
                let rules = segment.rules.joined(separator: ", ")
                return "the pack tags this \(segment.tag?.rawValue ?? "nothing"), not \(tag.rawValue) (rules: \(rules))"
            }
            return segment.rules.contains(rule.id) ? nil : "the pack did not keep this rule's evidence"
        case .exception:
            let leaked = segment.hedges.contains { $0.span.overlaps(cue) } || segment.attribution.map { $0.cue.overlaps(cue) } == true
            return leaked ? "a cue inside the exception still fired" : nil
        case .lexicon, .fragment, .phrase, .source, .abbreviations:
            return nil
        }
    }

    private enum AlonePattern {
        case none
        case compiled(Pattern)
        case failed(String)
    }

    /// The pattern that runs the rule alone: lexicons and fragments get word boundaries.
    /// A lexicon or fragment that does not compile alone fails its examples.
    private func alonePattern(_ rule: CompiledRule) -> AlonePattern {
        do {
            switch rule.kind {
            case .lexicon:
                guard let lexicon = pack.lexicons[rule.referenceName] else { return .failed("no word list was built") }
                return .compiled(try Pattern("\\b" + lexicon.regex + "\\b"))
            case .fragment:
                guard let fragment = pack.definition(rule.id), let written = fragment.characterPattern else { return .none }
                let compiler = try RuleCompiler(definitions: pack.definitions)
                return .compiled(try Pattern(compiler.expandFragment(fragment), options: written.flags))
            case .phrase, .attribution, .hedge, .exception, .source, .boilerplate, .heading, .abbreviations, .continuation:
                return rule.pattern.map(AlonePattern.compiled) ?? .none
            }
        } catch {
            return .failed(error.localizedDescription)
        }
    }

    private func slice(_ bytes: [UInt8], _ span: ByteSpan) -> String {
        String(decoding: bytes[max(0, span.start)..<min(bytes.count, span.end)], as: UTF8.self)
    }
}
