/// The configuration that applies to one article, every value with its origin.
package struct EffectiveConfig: Sendable, Equatable {
    /// The config file used, if any.
    package var file: String?
    package var thresholds: Thresholds
    package var extraRules: [Setting<String>]
    package var disabledRules: [Setting<String>]
    package var exclude: [Setting<String>]
    package var weights: [String: Setting<Double>]

    package init(
        file: String? = nil, thresholds: Thresholds = Thresholds(), extraRules: [Setting<String>] = [],
        disabledRules: [Setting<String>] = [], exclude: [Setting<String>] = [], weights: [String: Setting<Double>] = [:]
    ) {
        self.file = file
        self.thresholds = thresholds
        self.extraRules = extraRules
        self.disabledRules = disabledRules
        self.exclude = exclude
        self.weights = weights
    }

    /// The rule folders and disabled ids, as a key: articles with the same key share one pack.
    package var ruleKey: RuleSetKey {
        RuleSetKey(extra: extraRules.map(\.value), disabled: Set(disabledRules.map(\.value)))
    }

    /// `base` (the rule pack's `scoring.yml`) with this config's weight overrides applied.
    package func scoreWeights(base: ScoreWeights) -> ScoreWeights {
        base.overridden(by: weights.mapValues(\.value))
    }

    /// Every score weight, in `scoring.yml` order, with its origin: the config's line, or
    /// `baseOrigin` (the scoring file) when not overridden.
    package func allWeights(base: ScoreWeights, baseOrigin: String) -> [(key: String, setting: Setting<Double>)] {
        base.table.map { entry in (entry.key, weights[entry.key] ?? Setting(entry.weight, origin: baseOrigin)) }
    }
}

/// Which rules an article is analysed with.
package struct RuleSetKey: Sendable, Hashable {
    package var extra: [String]
    package var disabled: Set<String>
}
