import Foundation

/// A `.sourced.yml` value that parses but does not fit the run: checked once the rule folders
/// are known. The origin is the value's `file:line:col`.
package enum ConfigError: Error, LocalizedError, Equatable, Sendable {
    case unknownRule(origin: String, key: String, id: String, hint: String)

    package var errorDescription: String? {
        switch self {
        case .unknownRule(let origin, let key, let id, let hint):
            return "\(origin): unknown rule '\(id)' in \(key) (\(hint))"
        }
    }
}

extension EffectiveConfig {
    /// Throws for the first id in `rules.disabled` that no rule folder of the run has (the
    /// config's own `rules.extra` folders included): a misspelt id would disable nothing.
    package func checkRuleIDs(_ resources: PackResources) throws {
        guard !disabledRules.isEmpty else { return }
        var known: [String] = []
        for directory in resources.adding(extraRules.map(\.value)).directories {
            known += try RuleFiles.list(in: directory).map(\.id)
        }
        let ids = Set(known)
        for setting in disabledRules where !ids.contains(setting.value) {
            let suggestion = Suggestion.hint(for: setting.value, in: known)
            throw ConfigError.unknownRule(
                origin: setting.origin, key: "rules.disabled", id: setting.value,
                hint: suggestion.isEmpty ? "'sourced rules list' shows the ids" : suggestion)
        }
    }
}
