import Yams

/// How much one body sentence counts towards the sourcing score, by the kind of source it
/// rests on. Loaded from `scoring.yml` in the rule folder, so the weights are data.
///
/// Invariants checked at load: every weight is between 0 and 1, `named` is 1 (the unit),
/// and `vague` and `anonymous` are below `named`. A sentence with no attribution (unattributed,
/// or hedged without a source) always counts 0.
package struct ScoreWeights: Sendable, Equatable {
    package static let fileName = "scoring.yml"
    /// The source-kind keys of `scoring.yml` and of `.sourced.yml`'s `weights:`, in file order.
    package static let keys = ["named", "document", "anonymous", "pronoun", "unresolved-pronoun", "vague"]

    package var named: Double
    package var document: Double
    package var anonymous: Double
    /// A pronoun resolved to a named source.
    package var pronoun: Double
    /// A pronoun with no named antecedent in the article.
    package var unresolvedPronoun: Double
    /// Also used for attributions with no source span ("it is said that …").
    package var vague: Double

    package init(named: Double = 1, document: Double, anonymous: Double, pronoun: Double, unresolvedPronoun: Double, vague: Double) {
        self.named = named
        self.document = document
        self.anonymous = anonymous
        self.pronoun = pronoun
        self.unresolvedPronoun = unresolvedPronoun
        self.vague = vague
    }

    /// The credit of one body sentence, from 0 to 1.
    package func credit(for attribution: Attribution?) -> Double {
        guard let attribution else { return 0 }
        switch attribution.kind {
        case .named: return named
        case .document: return document
        case .anonymous: return anonymous
        case .pronoun: return attribution.antecedent == nil ? unresolvedPronoun : pronoun
        case .vague, .auto, nil: return vague
        }
    }

    /// Weights as `key → value`, in file order (for reports).
    package var table: [(key: String, weight: Double)] {
        zip(Self.keys, [named, document, anonymous, pronoun, unresolvedPronoun, vague]).map { ($0, $1) }
    }

    /// These weights with the given keys (from `keys`) replaced; other keys are ignored.
    /// The caller validates the values (`.sourced.yml` does, with the same invariants).
    package func overridden(by values: [String: Double]) -> ScoreWeights {
        var result = self
        for (key, value) in values {
            switch key {
            case "named": result.named = value
            case "document": result.document = value
            case "anonymous": result.anonymous = value
            case "pronoun": result.pronoun = value
            case "unresolved-pronoun": result.unresolvedPronoun = value
            case "vague": result.vague = value
            default: continue
            }
        }
        return result
    }

    /// Loads and validates a scoring file.
    package static func load(path: String) throws(YAMLError) -> ScoreWeights {
        let (reader, root) = try StrictYAML.load(path: path)
        return try parse(try reader.rootMapping(root), reader: reader)
    }

    /// Parses scoring YAML (`file` names it in errors).
    package static func parse(yaml: String, file: String) throws(YAMLError) -> ScoreWeights {
        let reader = StrictYAML(file: file)
        return try parse(try reader.rootMapping(try reader.compose(yaml)), reader: reader)
    }

    private static func parse(_ root: Node.Mapping, reader: StrictYAML) throws(YAMLError) -> ScoreWeights {
        let top = try reader.keys(root, allowed: ["version", "weights"], required: ["version", "weights"], at: nil)
        if let version = top["version"], version.decimalInt != 1 {
            throw reader.badValue(version, key: "version", expected: "expected 1")
        }
        let weightsNode = top["weights"]!
        let values = try reader.keys(try reader.mapping(weightsNode, key: "weights"), allowed: keys, required: keys, at: weightsNode)
        var numbers: [String: Double] = [:]
        for key in keys { numbers[key] = try reader.number(values[key]!, key: key, in: 0...1) }
        if numbers["named"] != 1 {
            throw reader.badValue(values["named"]!, key: "named", expected: "must be 1, the unit of the score")
        }
        for key in ["vague", "anonymous"] where numbers[key]! >= 1 {
            throw reader.badValue(values[key]!, key: key, expected: "must be below named")
        }
        return ScoreWeights(
            named: 1, document: numbers["document"]!, anonymous: numbers["anonymous"]!, pronoun: numbers["pronoun"]!,
            unresolvedPronoun: numbers["unresolved-pronoun"]!, vague: numbers["vague"]!)
    }
}
