import SourcedCore

extension Baseline {
    /// The baseline file `--write-baseline` writes.
    package static func render(_ fingerprints: [String]) -> String {
        let object: [String: Any] = ["schema": schema, "fingerprints": Array(Set(fingerprints)).sorted()]
        return ScoreJSONReporter.encode(object, pretty: true) + "\n"
    }
}
