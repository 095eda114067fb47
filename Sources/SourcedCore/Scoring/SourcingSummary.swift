import PCRE2

/// Everything a report shows beside the tagged article: score, measures, source ledger
/// and the claims that need a source.
public struct SourcingSummary: Sendable {
    public let score: SourcingScore
    public let weights: ScoreWeights
    public let measures: SourcingMeasures
    public let ledger: SourceLedger
    public let claims: [Claim]

    public init(_ analysis: DocumentAnalysis, weights: ScoreWeights, cues: ClaimCues, matcher: Matcher) throws(AnalysisError) {
        score = SourcingScore(analysis, weights: weights)
        self.weights = weights
        ledger = SourceLedger(analysis)
        measures = SourcingMeasures(analysis, ledger: ledger)
        claims = try ClaimRanker(cues: cues).rank(analysis, matcher: matcher)
    }
}
