import Testing

@testable import SourcedCore

/// Tricky news text for the sentence splitter: `|` marks where sentences must end.
struct SplitCase: CustomTestStringConvertible, Sendable {
    let text: String
    var testDescription: String { text }
}

@Suite struct SentenceSplitterTests {
    static let cases: [SplitCase] = [
        "The talks ended.|Kim left.",
        "It raised concerns among U.S. officials.|Putin smiled.",
        "He met Mr. Smith in Moscow.",
        "Dr. Jones and Gen. Smith arrived.",
        "Sen. Warren spoke first.|Rep. Jordan replied.",
        "John F. Kennedy was president.",
        "The rate rose to 3.5 percent.|Markets fell.",
        "It cost $4.2 million.|Nobody paid.",
        "He said “That’s exactly why we came here.”|Putin left.",
        "“Why?” he asked.",
        "It launched the slogan “Meth. We’re on it.” on Monday.|It drew criticism.",
        "“This is a long first sentence of the quotation that runs on.|And here is more.”",
        "“They love rockets.|And we will help.”",
        "“Go!” she shouted at the crowd.",
        "Wait...|The results came in.",
        "He paused … and went on.",
        "The meeting was at 10 a.m. on Tuesday.",
        "The meeting ended at 5 p.m.|The leaders left.",
        "He moved to the U.S.|The trip was long.",
        "Apple Inc. rose.|Google fell.",
        "Apple Inc. shares rose.",
        "It was signed on Jan. 5 in Moscow.",
        "He lives at No. 10 Downing Street.",
        "The vote (which was close.) passed.",
        "He left (finally).|She stayed.",
        "Is this real?|Yes.",
        "This is huge!|Really huge.",
        "The U.S.-Russia talks stalled.",
        "Turnout was 61.2% in 2016.|It fell later.",
        "He cited e.g. the budget.",
        "The firm, Acme Corp., won.",
        "The U.N. Security Council met.",
        "She said: “We will win.”|The crowd cheered.",
        "‘Bartering Russian Rockets’ – Are Putin and Kim Rekindling a Connection?",
        "The ceasefire held.|“It won’t last,” an aide said.",
        "The score was 3-2.|Fans cheered.",
        "Version 2.0 shipped.",
        "He asked, “Are you sure?” and waited.",
        "Prices rose 2.5 percent.|(The index fell.)",
        "It happened in Washington, D.C. last week.",
        "They met in Washington, D.C.|The talks went well.",
        "Gov. Abbott signed it.|Critics objected.",
        "The St. Louis plant closed.",
        "She earned a Ph.D. in physics.",
        "The bill passed 52-48.|Democrats objected.",
        "Lt. Col. Smith testified.",
        "The plan was approved.|[Editor’s note: updated.]",
        "He wrote “no comment.”|Then he hung up.",
    ].map(SplitCase.init)

    @Test(arguments: cases)
    func splits(_ item: SplitCase) {
        let expected = item.text.split(separator: "|").map(String.init)
        let text = Array(item.text.replacingOccurrences(of: "|", with: " ").utf8)
        let splitter = SentenceSplitter(abbreviations: Package.pack.abbreviations)
        let sentences = splitter.split(ByteSpan(0, text.count), in: text).map {
            String(decoding: text[$0.range], as: UTF8.self)
        }
        #expect(sentences == expected)
    }

    @Test func atLeastFortyCases() { #expect(Self.cases.count >= 40) }

    @Test func spansStayInsideTheBlockAndSkipNonBreakingSpaces() {
        let text = Array("Intro. \u{00A0}Next one.".utf8)
        let splitter = SentenceSplitter(abbreviations: Package.pack.abbreviations)
        let spans = splitter.split(ByteSpan(0, text.count), in: text)
        #expect(spans.count == 2)
    }
}

@Suite struct SegmenterTests {
    @Test func classifiesTheLayoutOfAPlainTextArticle() throws {
        let text = """
            Putin and Kim Rekindle a Connection

            Kim met Putin in Russia. They talked.

            Strengthening of Ties

            The talks lasted an hour.

            Petition Gains Traction to Disqualify Trump from Presidency Over Failure to Uphold the Constitution

            The post Putin and Kim first appeared on Example News.

            Featured Image Credit: Shutterstock
            """
        let kinds = try analyze(text).segments.map(\.segment.kind)
        #expect(kinds == [.title, .sentence, .sentence, .heading, .sentence, .boilerplate, .boilerplate, .boilerplate])
    }

    @Test func aQuotedWordDoesNotMakeALongSentenceAPromoLine() throws {
        let text = "Title\n\nFlorida Sen. Marco Rubio says Obama is “obsessed” with undermining the Second Amendment."
        #expect(try analyze(text).segments.last?.segment.kind == .sentence)
    }

    @Test func mojibakeNonBreakingSpaceIsRepairedWithOffsetsKept() throws {
        let text = "Title\n\nThe post Connection?¬†first appeared on The Net Worth Of."
        let analysis = try analyze(text)
        #expect(analysis.segments.last?.segment.kind == .boilerplate)
        #expect(analysis.document.warnings.count == 1)
        #expect(analysis.document.text.count == Array(text.utf8).count)
    }

    @Test func invalidUTF8IsRepairedNotFatal() throws {
        var bytes = Array("Title\n\nThe leaders met.".utf8)
        bytes.insert(0xFF, at: 10)
        let document = PlainTextReader().read(bytes, path: "bad.txt")
        #expect(!document.warnings.isEmpty)
        #expect(document.map.original(document.text.count) == bytes.count)
    }
}
