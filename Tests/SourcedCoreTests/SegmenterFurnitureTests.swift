import PCRE2
import Testing

@testable import SourcedCore

/// Page furniture in plain text: judged by rules and by the blocks around it.
struct SegmenterFurnitureTests {
    func kinds(_ text: String) throws -> [(SegmentKind, String)] {
        try analyze(text).segments.map { ($0.segment.kind, String(decoding: Array(text.utf8)[$0.segment.span.range], as: UTF8.self)) }
    }

    @Test func shortLineBetweenParagraphsIsACrossheadElsewhereFurniture() throws {
        let text = """
            Council approves the new budget

            Jane Doe

            The council approved the budget on Monday after a long debate about road repairs.

            What happens next

            The mayor will sign the budget into law within ten days, officials said.

            More on this story

            Council delays vote on school funding

            Mayor names new police chief
            """
        let found = try kinds(text)
        #expect(found.map(\.0) == [.title, .boilerplate, .sentence, .heading, .sentence, .boilerplate, .boilerplate, .boilerplate])
    }

    @Test func anAskRunOnIntoAParagraphIsFurnitureAnAsideIsNot() throws {
        let text = """
            Budget passes

            The council approved the budget on Monday. (The mayor had opposed it.) Follow us on Twitter @citynews \
            for updates. Sign up for our free daily newsletter.
            """
        #expect(try kinds(text).map(\.0) == [.title, .sentence, .sentence, .boilerplate, .boilerplate])
    }

    @Test func questionCrossheadIsAHeading() throws {
        let text = "Budget passes\n\nThe council approved the budget on Monday.\n\nWhat happens next?\n\nThe mayor will sign it."
        #expect(try kinds(text).map(\.0) == [.title, .sentence, .heading, .sentence])
    }

    @Test func anAgencyCrossheadInAnHTMLParagraphIsAHeading() throws {
        let html = """
            <html><body><h1>Spain stays alive</h1><p>Nadal kept Spain's hopes alive on Tuesday.</p><p>US FALLS</p>
            <p>The United States lost to Canada for the first time.</p><p>ADVERTISEMENT</p></body></html>
            """
        let document = HTMLReader().read(Array(html.utf8), path: "cup.html")
        let analysis = try Analyzer(pack: Package.pack).analyze(document, matcher: Matcher())
        #expect(analysis.segments.map(\.segment.kind) == [.title, .sentence, .heading, .sentence, .boilerplate])
    }

    @Test func datelineOpeningTheFirstParagraphIsFurnitureOfItsOwn() throws {
        let text = "Storm hits coast\n\nHANOI, Vietnam (AP) — A storm hit the coast on Wednesday, killing three people, officials said."
        let found = try kinds(text)
        #expect(found.map(\.0) == [.title, .boilerplate, .sentence])
        #expect(found[1].1 == "HANOI, Vietnam (AP) —")
        #expect(found[2].1.hasPrefix("A storm"))
    }

    @Test func standfirstUnderTheHeadlineIsPartOfTheTitle() throws {
        let text = """
            Mourinho agrees deal with Tottenham

            The Portuguese boss had been out of work since December.

            By Tom Gillespie

            Jose Mourinho has agreed a deal to become manager, the club said.
            """
        #expect(try kinds(text).map(\.0) == [.title, .title, .boilerplate, .sentence])
    }

    @Test func ledeFollowedByACrossheadIsBody() throws {
        let text = "Budget passes\n\nThe council approved the budget on Monday.\n\nWhat comes next\n\nThe mayor will sign it."
        #expect(try kinds(text).map(\.0) == [.title, .sentence, .heading, .sentence])
    }
}

/// Body-only text: `--no-title`, and a first paragraph that reads as a lede.
struct TitleDefaultTests {
    func kinds(_ text: String, noTitle: Bool) throws -> [SegmentKind] {
        let document = try DocumentLoader(noTitle: noTitle).load(bytes: Array(text.utf8), path: "t.txt", format: .text)
        return try Analyzer(pack: Package.pack).analyze(document, matcher: Matcher()).segments.map(\.segment.kind)
    }

    @Test func noTitleKeepsAOneLineFirstParagraphAsBody() throws {
        let text = "The council approved the budget on Monday.\n\nThe mayor will sign it, officials said."
        #expect(try kinds(text, noTitle: false) == [.title, .sentence])
        #expect(try kinds(text, noTitle: true) == [.sentence, .sentence])
    }

    @Test func aLedeOfSeveralSentencesIsNotAHeadline() throws {
        let text = """
            The council approved the budget on Monday after a long debate about the roads. The mayor said the plan \
            would be paid for by a new tax on hotel rooms and parking, starting next spring.

            Critics were not convinced.
            """
        #expect(try kinds(text, noTitle: false) == [.sentence, .sentence, .sentence])
    }
}
