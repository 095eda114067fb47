import PCRE2

/// Everything a report shows beside the tagged article: score, measures, source ledger
/// and the claims that need a source.
package struct SourcingSummary: Sendable {
    package let score: SourcingScore
    package let weights: ScoreWeights
    package let measures: SourcingMeasures
    package let ledger: SourceLedger
    package let claims: [Claim]

    package init(_ analysis: DocumentAnalysis, weights: ScoreWeights, cues: ClaimCues, matcher: Matcher) throws(AnalysisError) {
        score = SourcingScore(analysis, weights: weights)
        self.weights = weights
        ledger = SourceLedger(analysis)
        measures = SourcingMeasures(analysis, ledger: ledger)
        claims = try ClaimRanker(cues: cues).rank(analysis, matcher: matcher)
    }
}
