import PCRE2
import Testing
@testable import SourcedCore

@Suite struct CueFilterTests {
    static let prefix = String(repeating: "(?:[A-Z][a-z]+\\s+)", count: 8)

    @Test func acceptsAMandatoryTopLevelCue() {
        #expect(CueFilter.body(of: Self.prefix + "(?<cue>said|told)\\b") == "said|told")
        #expect(CueFilter.body(of: Self.prefix + "[(|)](?<cue>[)(]|x)(?:a|b)") == "[)(]|x")
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
