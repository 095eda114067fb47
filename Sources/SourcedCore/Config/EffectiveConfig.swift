/// The configuration that applies to one article, every value with its origin.
public struct EffectiveConfig: Sendable, Equatable {
    /// The config file used, if any.
    public var file: String?
    public var thresholds: Thresholds
    public var extraRules: [Setting<String>]
    public var disabledRules: [Setting<String>]
    public var exclude: [Setting<String>]
    public var weights: [String: Setting<Double>]

    public init(
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
    public var ruleKey: RuleSetKey {
        RuleSetKey(extra: extraRules.map(\.value), disabled: Set(disabledRules.map(\.value)))
    }

    /// `base` (the rule pack's `scoring.yml`) with this config's weight overrides applied.
    public func scoreWeights(base: ScoreWeights) -> ScoreWeights {
        base.overridden(by: weights.mapValues(\.value))
    }

    /// Every score weight, in `scoring.yml` order, with its origin: the config's line, or
    /// `baseOrigin` (the scoring file) when not overridden.
    public func allWeights(base: ScoreWeights, baseOrigin: String) -> [(key: String, setting: Setting<Double>)] {
        base.table.map { entry in (entry.key, weights[entry.key] ?? Setting(entry.weight, origin: baseOrigin)) }
    }
}

/// Which rules an article is analysed with.
public struct RuleSetKey: Sendable, Hashable {
    public var extra: [String]
    public var disabled: Set<String>
}
