import PCRE2
import Testing

@Suite struct PatternTests {
    func matches(_ pattern: Pattern, _ text: String) throws -> [Match] {
        let matcher = Matcher()
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { try matcher.allMatches(pattern, in: $0) }
    }

    @Test func compilesWithJITAndNamesGroups() throws {
        let pattern = try Pattern(#"(?<source>\w+) (?<cue>said)"#)
        #expect(pattern.isJITCompiled)
        #expect(pattern.captureCount == 2)
        #expect(pattern.group(named: "cue") == 2)
        #expect(pattern.group(named: "source") == 1)
    }

    @Test func spansAreUTF8ByteOffsets() throws {
        let pattern = try Pattern("said")
        let found = try matches(pattern, "“Émigré” said")
        // “ is 3 bytes, É and é 2 bytes each, ” 3 bytes.
        #expect(found.map(\.range) == [15..<19])
    }

    @Test func anASCIISubjectPatternReadsBytes() throws {
        // UTF mode reads "é" (two bytes) as one character; byte mode as two bytes.
        #expect(try matches(Pattern("^.$"), "é").count == 1)
        #expect(try matches(Pattern("^.$", asciiSubject: true), "é").isEmpty)
        #expect(try matches(Pattern("^..$", asciiSubject: true), "é").count == 1)
        #expect(try Pattern("#.{3}[AB]", options: .dotAll, asciiSubject: true).isJITCompiled)
    }

    @Test func anchoredPatternsAreKnown() throws {
        #expect(try Pattern("^(?:a|^b)").isAnchored)
        #expect(try !Pattern("^a|b").isAnchored)
    }

    @Test func caselessOptionAndUnsetGroups() throws {
        let pattern = try Pattern("(a)?(b)", options: .caseless)
        let found = try matches(pattern, "xB")
        #expect(found.count == 1)
        #expect(found[0][1] == nil)
        #expect(found[0][2] == 1..<2)
    }

    @Test func refusedMatchesAreSkippedWhileMatching() throws {
        let matcher = Matcher()
        func ranges(_ pattern: Pattern, _ text: String, refusing: [Range<Int>] = [], groups: [Int] = []) throws -> [Range<Int>] {
            let bytes = Array(text.utf8)
            return try bytes.withUnsafeBufferPointer {
                try matcher.allMatches(pattern, in: $0, refusing: refusing, groups: groups).map(\.range)
            }
        }
        let cue = try Pattern(#"(?:\w+ (?<cue>\w+))(?C1)"#)
        #expect(try ranges(cue, "a b c") == [0..<3])
        // "b" refused as the cue: the search backtracks and goes on to "b c".
        #expect(try ranges(cue, "a b c", refusing: [2..<3], groups: [1]) == [2..<5])
        #expect(try ranges(cue, "a b c") == [0..<3])  // a refusal lasts one call
        // Without groups the whole match must not overlap: "may be" is refused, "may" is not.
        let hedge = try Pattern(#"(?:\bmay(?:\s+be)?)(?C1)"#)
        #expect(try ranges(hedge, "may be, may") == [0..<6, 8..<11])
        #expect(try ranges(hedge, "may be, may", refusing: [4..<6]) == [0..<3, 8..<11])
    }

    @Test func badPatternReportsOffset() {
        #expect(throws: PCRE2Error.compile(message: "missing closing parenthesis", offset: 4)) {
            try Pattern("(abc")
        }
    }

    @Test func pathologicalPatternHitsTheLimitInsteadOfHanging() throws {
        let pattern = try Pattern("(a+)+$")
        let text = String(repeating: "a", count: 40) + "b"
        #expect(throws: PCRE2Error.self) { try matches(pattern, text) }
    }

    @Test func emptyMatchesAdvanceByWholeCharacters() throws {
        let pattern = try Pattern("x*")
        let found = try matches(pattern, "é")
        #expect(found.map(\.range) == [0..<0, 2..<2])
    }
}
