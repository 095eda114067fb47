import PCRE2
import Testing

@testable import SourcedCore

@Suite struct CueFilterTests {
    static let prefix = String(repeating: "(?:[A-Z][a-z]+\\s+)", count: 8)

    @Test func acceptsAMandatoryTopLevelCue() {
        #expect(CueFilter.body(of: Self.prefix + "(?<cue>said|told)\\b") == "said|told")
        #expect(CueFilter.body(of: Self.prefix + "[(|)](?<cue>[)(]|x)(?:a|b)") == "[)(]|x")
    }

    @Test func readsWhatFollowsTheCue() {
        #expect(CueFilter.split(Self.prefix + "(?<cue>[“\"])(?:(?![”\"]).){25,}")?.tail == "(?:(?![”\"]).){25,}")
        #expect(CueFilter.split("(?<cue>said)")?.tail == "")
        #expect(CueFilter.split("(?<cue>said)|told")?.tail == nil)
    }

    @Test func refusesCuesThatMayBeAbsentOrChangeMeaningAlone() {
        #expect(CueFilter.body(of: "(?<cue>said)") == nil)  // no prefix worth filtering
        #expect(CueFilter.body(of: Self.prefix + "(?<cue>said)|other") == nil)  // top-level alternation
        #expect(CueFilter.body(of: Self.prefix + "(?<cue>said)?") == nil)  // optional
        #expect(CueFilter.body(of: Self.prefix + "(?:x(?<cue>said))") == nil)  // nested
        #expect(CueFilter.body(of: Self.prefix + "(a)(?<cue>\\1)") == nil)  // back-reference
        #expect(CueFilter.body(of: "(?i)" + Self.prefix + "(?<cue>said)") == nil)  // inline option
        #expect(CueFilter.body(of: Self.prefix + "(*SKIP)(?<cue>said)") == nil)  // verb
        let words = (0..<800).map { "word\($0)" }.joined(separator: "|")
        #expect(CueFilter.body(of: Self.prefix + "(?<cue>" + words + ")") == nil)  // a large word list
    }

    @Test func offsetLimitStopsTheSearchWithoutChangingMatches() throws {
        let pattern = try Pattern("\\b[A-Z][a-z]+\\s+(?<cue>said)", options: .offsetLimit)
        let text = Array("Anna said it and Bob said so".utf8)
        let matcher = Matcher()
        try text.withUnsafeBufferPointer { subject in
            let all = try matcher.allMatches(pattern, in: subject)
            let filter = try Pattern("(?:said)")
            let limit = try #require(try matcher.lastMatchEnd(filter, in: subject))
            #expect(try matcher.allMatches(pattern, in: subject, limit: limit) == all)
            #expect(all.count == 2)
            #expect(try matcher.allMatches(pattern, in: subject, limit: 10).count == 1)
            // A pattern without the option ignores the limit.
            #expect(try matcher.allMatches(try Pattern("said"), in: subject).count == 2)
        }
    }
}

/// A rule's search stops at the last place its cue can start: word-list cues from the
/// tokenizer's words, the rest of the cue group from its own regex.
@Suite struct CueBoundTests {
    @Test func splitsAGroupBodyIntoItsAlternatives() {
        #expect(CueFilter.alternatives(of: "{{a|b}}|said|(?:x|y)|[|]|\\|") == ["{{a|b}}", "said", "(?:x|y)", "[|]", "\\|"])
        #expect(CueFilter.alternatives(of: "said") == ["said"])
    }

    @Test func theBundledRulesAreBoundByTheirCueWords() throws {
        let pack = Package.pack
        // Character patterns whose cue group is a word list (token rules are gated by their words).
        let bound = pack.rules.filter { !$0.overTokens && $0.cueBound.words != 0 }
        #expect(bound.count >= 3)
        #expect(bound.allSatisfy { !$0.cueWordLists.isEmpty })
    }

    @Test func tokenizerFindsCueWordStarts() {
        let matcher = SentenceMatcher(pack: Package.pack, matcher: Matcher(), document: "test")
        func words(_ text: String) -> SentenceMatcher.Words { Array(text.utf8).withUnsafeBufferPointer { matcher.words($0) } }
        let text = "Officials said, and she self-described it."
        let starts = words(text).cueStarts.map(\.start)
        #expect(starts.contains(10) && starts.contains(29))  // "said", "described"
        #expect(starts.allSatisfy { $0 == 0 || !Array(text.utf8)[$0 - 1].isASCIILetter })
        #expect(words("It was left unsaid.").cueStarts.isEmpty)
        #expect(words("They ſaid so.").foldingTrap)
        #expect(!words("They said so.").foldingTrap)
    }

    /// Every bounded rule finds the same matches with and without its bound, on every example
    /// sentence of the pack and on words that only look like cues.
    @Test func theBoundNeverLosesAMatch() throws {
        let pack = Package.pack
        let matcher = Matcher()
        let sentenceMatcher = SentenceMatcher(pack: pack, matcher: matcher, document: "test")
        let tricky = [
            "The senator, who had unsaid it, readies a reply.", "They ſaid the vote was \u{212A}ept.",
            "Critics spoke warmly of him, the mayor said.", "The self-described socialist won't say.",
            "SAID THE MAYOR: no.", "“We will win,” she said, and he told reporters he agreed.",
            "The mayor called it “fake news” and then said “we will look into every single one of these claims.”",
            "The mayor said: “Short.” Then “a much longer quotation that goes on and on.”",
        ]
        let sentences = pack.rules.flatMap { $0.definition.examples.map { MarkedExample($0.text).text } } + tricky
        var bounded = 0
        for sentence in sentences {
            try Array(sentence.utf8).withUnsafeBufferPointer { text in
                let words = sentenceMatcher.words(text)
                for rule in pack.rules where rule.isCueBounded {
                    guard let pattern = rule.pattern else { continue }
                    let all = try matcher.allMatches(pattern, in: text)
                    switch try sentenceMatcher.searchBound(rule, text, words) {
                    case .unbounded:
                        continue
                    case .noCue:
                        #expect(all.isEmpty, "\(rule.id) matches without a cue: \(sentence)")
                    case .at(let limit):
                        bounded += 1
                        #expect(try matcher.allMatches(pattern, in: text, limit: limit) == all, "\(rule.id): \(sentence)")
                    }
                }
            }
        }
        #expect(bounded > 500)
    }
}

/// Generated rules and sentences (seeded): wherever a rule matches, its cue bound keeps the match.
@Suite struct CueBoundPropertyTests {
    typealias Seeded = RequiredLiteralsPropertyTests.Seeded

    static let prefixes = [
        "\\b\\w+\\s+", "(?:[A-Z]\\w*\\s+)?", "(?<!the\\s)", "\\s+", "[“\"]\\s*", ".{0,12}?", "(?:\\w+\\s+){0,2}", "(?i:the)\\s+",
        "(?=\\w)", "\\b",
    ]
    static let cues = ["{{verbs}}", "{{nouns}}", "{{verbs|nouns}}", "{{dates}}", "said", "(?:spoke|talk)\\s+of", "[“\"]", "\\w+ed"]
    static let tails = ["\\b", "\\s+\\w+", "(?:\\s+that)?", "[^.]{0,20}", "(?![a-z])", "", "\\s*[,.]"]
    static let words = [
        "said", "Said", "SAID", "unsaid", "ſaid", "\u{212A}ept", "says", "sayings", "told", "points", "out", "pointed", "self-described",
        "official", "officials", "unofficial", "Josésaid", "9/11", "the", "The", "mayor", "“", "\"", "spoke", "talk", "of", "that",
        ",", ".", "é", "warned", "warnings", "2said",
    ]

    static func rule(_ random: inout Seeded) -> String {
        let prefix = (0..<(1 + random.next(3))).map { _ in random.pick(prefixes) }.joined()
        let cue = (0..<(1 + random.next(3))).map { _ in random.pick(cues) }.joined(separator: "|")
        let tail = (0..<random.next(3)).map { _ in random.pick(tails) }.joined()
        return prefix + "(?<cue>" + cue + ")" + tail
    }

    @Test func theBoundNeverLosesAMatch() throws {
        var random = Seeded(state: 1127)
        var files = [
            "lexicons/verbs.yml":
                "version: 1\nkind: lexicon\ninflect: verb\nwords: ['say|said', 'tell|told', 'point out', 'self-describe', 'warn']\n"
                + "examples:\n  match:\n    - \"They ⟦said⟧ so.\"\n",
            "lexicons/nouns.yml": "version: 1\nkind: lexicon\ninflect: noun\nwords: ['official', 'spokes-person', 'mayor']\n"
                + "examples:\n  match:\n    - \"An ⟦official⟧ spoke.\"\n",
            "lexicons/dates.yml":
                "version: 1\nkind: lexicon\nwords: ['9/11', 'may day']\nexamples:\n  match:\n    - \"On ⟦9/11⟧ it rained.\"\n",
        ]
        for index in 0..<120 {
            let pattern = Self.rule(&random).replacingOccurrences(of: "'", with: "''")
            let flags = random.next(2) == 0 ? "flags: [caseless]\n" : ""
            files["attributed/r\(index).yml"] =
                "version: 1\nkind: attribution\n\(flags)pattern: '\(pattern)'\n"
                + "examples:\n  match:\n    - \"They ⟦said⟧ so.\"\n"
        }
        let pack = try RulePack(directories: [try ruleFolder(files)])
        let matcher = Matcher()
        let sentenceMatcher = SentenceMatcher(pack: pack, matcher: matcher, document: "test")
        var bounded = 0
        var matched = 0
        for _ in 0..<200 {
            let sentence = (0..<(1 + random.next(8))).map { _ in random.pick(Self.words) }.joined(separator: random.next(4) == 0 ? "" : " ")
            try Array(sentence.utf8).withUnsafeBufferPointer { text in
                let words = sentenceMatcher.words(text)
                for rule in pack.rules where rule.isCueBounded {
                    guard let pattern = rule.pattern else { continue }
                    let all = try matcher.allMatches(pattern, in: text)
                    matched += all.isEmpty ? 0 : 1
                    switch try sentenceMatcher.searchBound(rule, text, words) {
                    case .unbounded:
                        continue
                    case .noCue:
                        #expect(all.isEmpty, "\(rule.expandedPattern ?? "") matches '\(sentence)' with no cue found")
                    case .at(let limit):
                        bounded += 1
                        #expect(try matcher.allMatches(pattern, in: text, limit: limit) == all, "\(rule.id) on '\(sentence)'")
                    }
                }
            }
        }
        #expect(pack.rules.filter(\.isCueBounded).count > 60)
        #expect(bounded > 3000 && matched > 1000)
    }
}

/// A word-list gate opens on the word the tokenizer sees, also for hyphenated entries.
@Suite struct WordGateTests {
    @Test func aHyphenatedEntryOpensItsGate() throws {
        let folder = try ruleFolder([
            "lexicons/scorn.yml": "version: 1\nkind: lexicon\ninflect: verb\nwords: ['pooh-pooh']\n"
                + "examples:\n  match:\n    - \"They ⟦pooh-poohed⟧ it.\"\n",
            "attributed/scorn.yml": "version: 1\nkind: attribution\nrequires: [scorn]\npattern: '\\b(?<source>They)\\s+(?<cue>{{scorn}})'\n"
                + "examples:\n  match:\n    - \"⟪They⟫ ⟦pooh-poohed⟧ it.\"\n",
        ])
        let pack = try RulePack(directories: [folder])
        let rule = try #require(pack.rule("attributed.scorn"))
        let matcher = SentenceMatcher(pack: pack, matcher: Matcher(), document: "test")
        let mask = Array("They pooh-poohed the plan.".utf8).withUnsafeBufferPointer { matcher.words($0).mask }
        #expect(rule.gate & mask != 0)
    }
}
