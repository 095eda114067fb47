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

    /// Weights with the defaults filled in, each with its origin.
    public var allWeights: [(tag: Tag, setting: Setting<Double>)] {
        Tag.allCases.map { tag in
            (tag, weights[tag.rawValue] ?? Setting(ArticleScore.weights[tag] ?? 0, origin: "default"))
        }
    }
}

/// Which rules an article is analysed with.
public struct RuleSetKey: Sendable, Hashable {
    public var extra: [String]
    public var disabled: Set<String>
}
