import PCRE2

/// Everything a report shows beside the tagged article: score, measures, source ledger
/// and the claims that need a source.
package struct SourcingSummary: Sendable {
    /// What `score` and `check` keep of the article: the same score, counts and claims.
    package let article: ArticleSummary
    package let weights: ScoreWeights
    package let measures: SourcingMeasures
    package let ledger: SourceLedger
    /// The claims that need a source, ranked (unattributed and speculative).
    package let claims: [Claim]
    /// Claim cues the match limit stopped (each skipped on the sentence where it was stopped).
    package let warnings: [String]

    /// The article's score, the figure `score` and `check` show too.
    package var score: SourcingScore { article.sourcing }

    package init(
        _ analysis: DocumentAnalysis, weights: ScoreWeights, cues: ClaimCues, suppressions: [Suppression] = [], matcher: Matcher
    ) throws(AnalysisError) {
        article = ArticleSummary(analysis, weights: weights, claims: true, suppressions: suppressions)
        self.weights = weights
        ledger = SourceLedger(analysis)
        measures = SourcingMeasures(analysis, ledger: ledger)
        let limitHits = LimitHits()
        claims = ClaimRanker(cues: cues).rank(analysis, suppressions: suppressions, matcher: matcher, limitHits: limitHits)
        warnings = limitHits.warnings
    }
}
