import SourcedCore

extension FindingRule {
    /// This check's section of `docs/rules.md`, relative to the repository root.
    package var helpURI: String { RulesDocument.path + "#" + RulesDocument.anchor(rawValue) }

    /// `helpURI` made absolute against the URL where the repository's files are served
    /// (`SOURCED_DOCS_URL`, e.g. `https://github.com/ORG/REPO/blob/main/`).
    package func helpURI(base: String?) -> String {
        guard let base, !base.isEmpty else { return helpURI }
        return (base.hasSuffix("/") ? base : base + "/") + helpURI
    }
}
