/// A configuration value and where it came from: `file:line:col`, a flag, an environment
/// variable or `default`.
package struct Setting<Value: Sendable & Equatable>: Sendable, Equatable {
    package var value: Value
    package var origin: String

    package init(_ value: Value, origin: String) {
        self.value = value
        self.origin = origin
    }
}

/// The three thresholds; nil means "not checked".
package struct Thresholds: Sendable, Equatable {
    /// Minimum score per article (0…100).
    package var minScore: Setting<Double>?
    /// Maximum share of unattributed body sentences per article (0…1).
    package var maxUnattributedShare: Setting<Double>?
    /// Minimum mean score over the corpus (0…100).
    package var minMeanScore: Setting<Double>?

    package init(minScore: Setting<Double>? = nil, maxUnattributedShare: Setting<Double>? = nil, minMeanScore: Setting<Double>? = nil) {
        self.minScore = minScore
        self.maxUnattributedShare = maxUnattributedShare
        self.minMeanScore = minMeanScore
    }

    /// These thresholds with every value set in `other` taking precedence.
    package func overridden(by other: Thresholds) -> Thresholds {
        Thresholds(
            minScore: other.minScore ?? minScore,
            maxUnattributedShare: other.maxUnattributedShare ?? maxUnattributedShare,
            minMeanScore: other.minMeanScore ?? minMeanScore)
    }
}
