import Testing

@testable import SourcedCore

/// Articles not in English are left unscored with a reason; English ones never are.
struct LanguageGuessTests {
    func guess(_ text: String) -> LanguageGuess {
        let bytes = Array(text.utf8)
        return LanguageGuess(bytes, spans: [ByteSpan(0, bytes.count)])
    }

    static let english = """
        The council approved the budget on Monday after a long debate about the state of the roads. \
        The mayor said that the plan would be paid for by a new tax on hotel rooms, and that it was the \
        only way to fix the bridges before winter. Critics were not convinced by the figures.
        """

    @Test func englishProseIsEnglish() {
        let found = guess(Self.english)
        #expect(found.isEnglish && found.refusal == nil)
        #expect(found.englishShare > 0.3)
    }

    @Test(arguments: [
        (
            "A câmara aprovou o orçamento na segunda-feira depois de um longo debate sobre o estado das estradas. "
                + "O prefeito disse que o plano seria pago com uma nova taxa sobre os quartos de hotel e que não havia "
                + "outra forma de consertar as pontes antes do inverno.", "Portuguese"
        ),
        (
            "Der Stadtrat hat den Haushalt am Montag nach einer langen Debatte über den Zustand der Straßen "
                + "beschlossen. Der Bürgermeister sagte, dass der Plan mit einer neuen Steuer auf Hotelzimmer bezahlt "
                + "wird und dass es keinen anderen Weg gibt, die Brücken vor dem Winter zu reparieren.", "German"
        ),
        (
            "시의회는 월요일 도로 상태에 대한 긴 토론 끝에 예산안을 승인했다. 시장은 이 계획이 호텔 객실에 대한 새로운 세금으로 "
                + "충당될 것이며 겨울이 오기 전에 다리를 고칠 다른 방법이 없다고 말했다. 비판하는 사람들은 수치를 믿지 않았다.", "Korean"
        ),
        ("市議会は月曜日、道路の状態についての長い議論の末に予算案を承認した。市長は、この計画はホテルの客室への新しい税で賄われると述べた。", "Japanese"),
    ])
    func otherLanguagesAreNamedAndRefused(_ text: String, language: String) throws {
        let found = guess(text)
        #expect(!found.isEnglish)
        #expect(found.name == language)
        let refusal = try #require(found.refusal)
        #expect(refusal.contains(language) && refusal.contains("not English"))
    }

    @Test func tablesAndShortTextsStayEnglish() {
        #expect(
            guess(
                "Palm Bay d. Rockledge 70-44. Rockledge 14 10 12 8. Palm Bay 20 18 16 16. "
                    + String(repeating: "Smith 12, Jones 8. ", count: 8)
            ).isEnglish)
        #expect(guess("Der Stadtrat hat den Haushalt beschlossen.").isEnglish)
    }

    @Test func aRefusedArticleHasNoScoreAndIsNotChecked() throws {
        let german =
            "Haushalt beschlossen\n\n"
            + String(repeating: "Der Stadtrat hat den Haushalt am Montag nach einer langen Debatte beschlossen. ", count: 5)
        let analysis = try analyze(german)
        #expect(analysis.unscored != nil)
        #expect(analysis.document.warnings.contains { $0.contains("German") })
        #expect(analysis.segments.allSatisfy { $0.tag == nil })
        let summary = ArticleSummary(
            analysis, weights: ScoreWeights(document: 0.9, anonymous: 0.6, pronoun: 1, unresolvedPronoun: 0.5, vague: 0.3), claims: true)
        #expect(summary.score == nil && summary.claims.isEmpty)
        let batch = BatchReport(articles: [summary], failures: [])
        let report = CheckEvaluator().evaluate(batch, thresholds: [:], corpus: Thresholds())
        #expect(report.findings.map(\.rule) == [.notChecked])
        #expect(report.exitCode == 0)
    }
}
