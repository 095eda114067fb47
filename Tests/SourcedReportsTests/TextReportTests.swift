import Foundation
import Testing

@testable import SourcedReports

private let article = """
    A Headline About Talks

    Kremlin spokesperson Dmitry Peskov said that the talks lasted 45 minutes and that a \
    supercalifragilisticexpialidocious-and-extraordinarily-long-compound-word-without-any-spaces-at-all was used. \
    The economy grew by 4.5 percent because of the deal. The leaders met in a hall.
    """

@Test func terminalReportFitsEightyColumnsWithoutColour() throws {
    let text = TextReporter(color: false).render(try Repo.model(article))
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        #expect(line.count <= 80, "too wide: \(line)")
    }
    #expect(!text.contains("\u{1B}["))
}

@Test func terminalReportPutsScoreThenClaimsThenArticle() throws {
    let text = TextReporter(color: false).render(try Repo.model(article))
    let score = try #require(text.range(of: "SOURCING SCORE"))
    let claims = try #require(text.range(of: "CLAIMS THAT NEED A SOURCE"))
    let body = try #require(text.range(of: "ARTICLE"))
    #expect(score.lowerBound < claims.lowerBound && claims.lowerBound < body.lowerBound)
}

@Test func colourOnlyWhenAsked() throws {
    #expect(TextReporter(color: true).render(try Repo.model(article)).contains("\u{1B}["))
}

@Test func wrapperKeepsHangingIndent() {
    let block = TextWrapper(width: 30).block("  1.", "one two three four five six seven eight nine ten", indent: 5)
    #expect(block == "  1. one two three four five\n     six seven eight nine ten\n")
}

@Test func noBodySentenceShowsNotApplicable() throws {
    let text = TextReporter(color: false).render(try Repo.model("Just A Headline\n"))
    #expect(text.contains("SOURCING SCORE  n/a"))
}
