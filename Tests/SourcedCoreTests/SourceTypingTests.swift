import Testing

@testable import SourcedCore

/// How a source phrase is typed by its head and determiner (`SourcePhrase.kind`).
@Suite struct SourceTypingTests {
    func source(_ text: String) throws -> (SourcedCore.Tag?, SourceKind?) {
        let analysis = try analyze("A title\n\n" + text)
        let sentence = try #require(analysis.segments.first { $0.segment.kind == .sentence })
        return (sentence.tag, sentence.attribution?.kind)
    }

    @Test func capitalisedWordsBeforeAGroupPlaceItAndDoNotNameIt() throws {
        #expect(try source("Middle East observers say the base is vital.") == (.speculative, .vague))
        #expect(try source("Some Twitter users argued the ad went too far.") == (.speculative, .vague))
    }

    @Test func anOwnerOrADefiniteDeterminerMakesAGroupCheckable() throws {
        #expect(try source("Goldman's analysts said the rate would fall.") == (.attributed, .named))
        #expect(try source("The analysts said the rate would fall.") == (.attributed, .anonymous))
    }

    @Test func anIndefiniteArticleBeforeACommonHeadNamesNobody() throws {
        #expect(try source("They were freed, according to a Taliban representative.") == (.attributed, .anonymous))
        #expect(try source("A New York man pleaded guilty, prosecutors said.").1 != .named)
    }

    @Test func peopleFamiliarWithTheMatterAreSpecificNotVague() throws {
        #expect(try source("The talks failed, according to two people familiar with the matter.") == (.attributed, .anonymous))
        let analysis = try analyze("A title\n\nPeople familiar with the matter said the talks failed.")
        let sentence = try #require(analysis.segments.first { $0.segment.kind == .sentence })
        #expect(sentence.attribution?.source.map(analysis.document.string) == "People familiar with the matter")
    }

    @Test func aLowerCasePluralPlacedByCapitalisedWordsIsAnonymous() throws {
        #expect(try source("Democratic lawmakers grilled the chief executive on Tuesday.").1 == .anonymous)
        #expect(try source("Health authorities confirmed two cases on Monday.") == (.attributed, .anonymous))
        #expect(try source("China's commerce ministry said the talks went well.").1 == .named)
    }
}
