import PCRE2
import Testing

@testable import SourcedCore

private let cues = """
    version: 1
    tags:
      speculative: {weight: 1, reason: hedged claim}
      unattributed: {weight: 0, reason: no source}
    cues:
      - {name: figure, weight: 2, reason: states a figure, pattern: '\\d+'}
      - {name: accusation, weight: 3, reason: accuses, pattern: '\\bbreach\\w*'}
      - {name: scene, weight: -1, reason: scene-setting, pattern: '\\bmet\\b'}
    """

@Test func claimsThatNeedASourceMostComeFirst() throws {
    let pack = try RulePack(directories: [miniRules])
    let analysis = try analyze(
        "A Title\n\nThe leaders met in a hall. Prices rose 40 percent. Putin said it was fine. The deal could breach 3 treaties. Talks "
            + "could resume.",
        pack: pack)
    let claims = ClaimRanker(cues: try ClaimCues.parse(yaml: cues, file: "c.yml")).rank(
        analysis, matcher: Matcher(), limitHits: LimitHits())
    let texts = claims.map { analysis.document.string(analysis.segments[$0.segment].segment.span) }
    #expect(
        texts == [
            "The deal could breach 3 treaties.", "Prices rose 40 percent.", "Talks could resume.", "The leaders met in a hall.",
        ])
    #expect(claims[0].reasons == ["accuses ('breach')", "states a figure ('3')"])
    #expect(claims[3].reasons == ["no source", "scene-setting ('met')"])
}

@Test func bundledClaimCuesLoad() throws {
    let loaded = try ClaimCues.load(path: Package.rules + "/claims.yml")
    #expect(!loaded.cues.isEmpty)
    #expect(loaded.bases[.speculative] != nil && loaded.bases[.unattributed] != nil)
}

@Test func badClaimCueNamesFileLineAndColumn() {
    let yaml =
        "version: 1\ntags:\n  speculative: {weight: 1, reason: a}\n  unattributed: {weight: 0, reason: b}\ncues:\n  - {name: x, "
        + "weight: 1, reason: y, pattern: 'a(b'}\n"
    #expect {
        try ClaimCues.parse(yaml: yaml, file: "c.yml")
    } throws: { error in
        (error as? YAMLError)?.errorDescription?.hasPrefix("c.yml:6:") == true
    }
}

@Test func ruleLoaderSkipsTheDataFiles() throws {
    let files = try RuleFiles.list(in: Package.rules).map(\.id)
    #expect(!files.contains("scoring"))
    #expect(!files.contains("claims"))
}
