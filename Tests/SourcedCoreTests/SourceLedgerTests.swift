import Testing

@testable import SourcedCore

private func ledger(_ mentions: [(String, String, SourceKind)]) -> SourceLedger {
    SourceLedger(
        mentions: mentions.enumerated().map { index, mention in
            SourceLedger.Mention(text: mention.0, key: mention.1, kind: mention.2, sentence: index)
        })
}

@Test func mentionsOfOnePersonMerge() {
    let result = ledger([
        ("Putin", "Putin", .named),
        ("Russian President Vladimir Putin", "Russian President Vladimir Putin", .named),
        ("he", "Putin", .named),
        ("Vladimir Putin", "Vladimir Putin", .named),
    ])
    #expect(result.entries.count == 1)
    #expect(result.entries[0].name == "Russian President Vladimir Putin")
    #expect(result.entries[0].sentences == [0, 1, 2, 3])
    #expect(Set(result.entries[0].mentions) == ["Putin", "Russian President Vladimir Putin", "he", "Vladimir Putin"])
}

@Test func surnameFirstNamesMergeOnTheirFirstWord() {
    let result = ledger([("Kim Jong-Un", "Kim Jong-Un", .named), ("Kim", "Kim", .named)])
    #expect(result.entries.count == 1)
}

@Test func differentPeopleAndKindsStayApart() {
    let result = ledger([
        ("Kremlin spokesperson Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov", .named),
        ("Kremlin", "Kremlin", .named),
        ("John Bolton", "John Bolton", .named),
        ("Some experts", "Some experts", .vague),
        ("some experts", "some experts", .vague),
        ("Putin", "Putin", .vague),
    ])
    #expect(result.entries.map(\.name) == ["Some experts", "Kremlin spokesperson Dmitry Peskov", "Kremlin", "John Bolton", "Putin"])
}

@Test func mostCitedComesFirstAndMeasuresUseIt() throws {
    let pack = try RulePack(directories: [miniRules])
    let analysis = try analyze(
        "A Title\n\nPutin said one thing. Dmitry Peskov said another. Russian President Vladimir Putin said more. It rained.",
        pack: pack)
    let ledger = SourceLedger(analysis)
    #expect(ledger.entries.first?.name == "Russian President Vladimir Putin")
    let measures = SourcingMeasures(analysis, ledger: ledger)
    #expect(measures.distinctSources == 2)
    #expect(measures.attributions == 3)
    #expect(measures.topSource?.share.count == 2)
    #expect(measures.kinds[.named]?.count == 3)
    #expect(measures.tags[.unattributed]?.count == 1)
}
