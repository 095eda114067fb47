/// How often a rule fired on scored lines and how often the gold label agreed with it.
package struct RuleScore: Sendable, Codable, Equatable {
    package var rule: String
    /// The label the rule argues for: `attributed`, `speculative` or `tag:<tag>`.
    package var argues: String
    package var fired = 0
    package var correct = 0

    package init(rule: String, argues: String) {
        self.rule = rule
        self.argues = argues
    }

    package var precision: Double { ClassScore.ratio(correct, fired) }

    enum CodingKeys: String, CodingKey { case rule, argues, fired, correct, precision }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(argues, forKey: .argues)
        try container.encode(fired, forKey: .fired)
        try container.encode(correct, forKey: .correct)
        try container.encode(precision, forKey: .precision)
    }

    package init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        argues = try container.decode(String.self, forKey: .argues)
        fired = try container.decode(Int.self, forKey: .fired)
        correct = try container.decode(Int.self, forKey: .correct)
    }
}
