import Foundation
import Testing

@testable import SourcedCore

/// Weights that differ from the bundled file, so the properties hold for any valid weights.
private let weights = ScoreWeights(document: 0.9, anonymous: 0.6, pronoun: 1, unresolvedPronoun: 0.5, vague: 0.3)

private func attribution(_ kind: SourceKind?, resolved: Bool = true) -> Attribution {
    Attribution(
        cue: ByteSpan(0, 4), source: kind == nil ? nil : ByteSpan(5, 9), kind: kind, rule: "test.rule",
        antecedent: kind == .pronoun && resolved ? ByteSpan(20, 25) : nil)
}

private func score(_ attributions: [Attribution?]) -> SourcingScore {
    SourcingScore(attributions: attributions, weights: weights)
}

@Test func everySentenceNamedScoresHundred() {
    for count in 1...7 {
        #expect(score(Array(repeating: attribution(.named), count: count)).tenths == 1000)
    }
}

@Test func noAttributionScoresZero() {
    #expect(score([nil]).tenths == 0)
    #expect(score(Array(repeating: nil, count: 9)).description == "0.0")
}

@Test func noBodySentenceHasNoScore() {
    let empty = score([])
    #expect(empty.tenths == nil)
    #expect(empty.value == nil)
    #expect(empty.description == "n/a")
    #expect(empty.meets(0) == nil)
}

@Test(arguments: SourceKind.allCases.map(Optional.some) + [nil])
func attributingOneMoreSentenceNeverLowersTheScore(kind: SourceKind?) {
    let base: [Attribution?] = [attribution(.named), nil, attribution(.vague), nil, attribution(.anonymous), nil]
    var before = score(base).tenths!
    for index in base.indices where base[index] == nil {
        var more = base
        more[index] = attribution(kind)
        let after = score(more).tenths!
        #expect(after >= before, "attributing sentence \(index) to \(String(describing: kind)) lowered the score")
        before = score(base).tenths!
    }
}

@Test func vagueAndAnonymousCountLessThanNamed() {
    let named = score([attribution(.named), nil]).tenths!
    #expect(score([attribution(.vague), nil]).tenths! < named)
    #expect(score([attribution(.anonymous), nil]).tenths! < named)
    #expect(score([attribution(.pronoun, resolved: false), nil]).tenths! < named)
}

@Test func shownFigureIsTheFigureComparedWithThresholds() {
    // 2 of 3 named: 66.666… is shown as 66.7, and 66.7 is what a threshold sees.
    let twoThirds = score([attribution(.named), attribution(.named), nil])
    #expect(twoThirds.description == "66.7")
    #expect(twoThirds.value == 66.7)
    #expect(twoThirds.meets(66.7) == true)
    #expect(twoThirds.meets(66.8) == false)
    // The threshold is taken as given, never rounded to the shown precision.
    #expect(twoThirds.meets(66.71) == false)
    #expect(twoThirds.meets(66.69) == true)
    for count in 1...12 {
        for named in 0...count {
            let shown = score(Array(repeating: attribution(.named), count: named) + Array(repeating: nil, count: count - named))
            let display = Double(shown.description)!
            #expect(shown.meets(display) == true)
            #expect(shown.meets(display + 0.1) == false)
        }
    }
}

@Test func scoreUsesBodySentencesOnly() throws {
    let pack = try RulePack(directories: [miniRules])
    let text = "Title Of The Story\n\nPutin said the talks went well. The weather was fine.\n\nFeatured Image Credit: Someone"
    let analysis = try analyze(text, pack: pack)
    #expect(analysis.counts.sentences == 2)
    #expect(SourcingScore(analysis, weights: weights).description == "50.0")
}

@Test func hedgedSentencesWithoutSourceScoreZero() throws {
    let pack = try RulePack(directories: [miniRules])
    let analysis = try analyze("A Title\n\nThe deal could reportedly happen. A potential shift is coming.", pack: pack)
    #expect(analysis.counts[.speculative] == 2)
    #expect(SourcingScore(analysis, weights: weights).tenths == 0)
}

@Test func bundledWeightsLoad() throws {
    let loaded = try ScoreWeights.load(path: Package.rules + "/scoring.yml")
    #expect(loaded.named == 1)
    #expect(loaded.vague < loaded.named)
    #expect(loaded.anonymous < loaded.named)
}

@Test(arguments: [
    (
        "version: 1\nweights:\n  named: 1\n  document: 0.9\n  anonymous: 0.6\n  pronoun: 1\n  unresolved-pronoun: 0.5\n  vague: 0.3\n  "
            + "vauge: 1\n",
        "s.yml:9:3: unknown key 'vauge'"
    ),
    (
        "version: 1\nweights:\n  named: 1\n  document: 0.9\n  anonymous: 0.6\n  pronoun: 1\n  unresolved-pronoun: 0.5\n  vague: 1\n",
        "s.yml:8:10: bad value '1' for 'vague' (must be below named)"
    ),
    (
        "version: 1\nweights:\n  named: 0.8\n  document: 0.9\n  anonymous: 0.6\n  pronoun: 1\n  unresolved-pronoun: 0.5\n  vague: 0.3\n",
        "s.yml:3:10: bad value '0.8' for 'named'"
    ),
    (
        "version: 1\nweights:\n  named: 1\n  document: lots\n  anonymous: 0.6\n  pronoun: 1\n  unresolved-pronoun: 0.5\n  vague: 0.3\n",
        "s.yml:4:13: 'document' must be a number"
    ),
    (
        "version: 1\nweights:\n  named: 1\n  document: 1.5\n  anonymous: 0.6\n  pronoun: 1\n  unresolved-pronoun: 0.5\n  vague: 0.3\n",
        "s.yml:4:13: bad value '1.5' for 'document' (expected 0.0 to 1.0)"
    ),
    ("version: 1\nweights:\n  named: 1\n", "s.yml:3:3: missing key 'document'"),
])
func badWeightsNameFileLineAndColumn(yaml: String, message: String) {
    #expect {
        try ScoreWeights.parse(yaml: yaml, file: "s.yml")
    } throws: { error in
        (error as? YAMLError)?.errorDescription?.hasPrefix(message) == true
    }
}
