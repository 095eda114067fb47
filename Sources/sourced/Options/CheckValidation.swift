import ArgumentParser

/// Usage rules of `sourced check` that ArgumentParser cannot express (exit 64 on failure).
struct CheckValidation {
    let command: Check

    func validate() throws {
        if let value = command.minScore, !(0...100).contains(value) {
            throw ValidationError("--min-score must be between 0 and 100 (got \(value))")
        }
        if let value = command.minMeanScore, !(0...100).contains(value) {
            throw ValidationError("--min-mean-score must be between 0 and 100 (got \(value))")
        }
        if let value = command.maxUnattributedShare, !(0...1).contains(value) {
            throw ValidationError("--max-unattributed-share must be between 0 and 1 (got \(value))")
        }
        if let baseline = command.baseline, baseline == command.writeBaseline {
            throw ValidationError("--baseline and --write-baseline name the same file '\(baseline)'")
        }
        try validateFormats(command.requests)
    }

    private func validateFormats(_ requests: [FormatRequest]) throws {
        let toStandardOutput = requests.filter { $0.path == nil }
        if toStandardOutput.count > 1, toStandardOutput.contains(where: { !$0.sharesStandardOutput }) {
            let names = toStandardOutput.map(\.format.rawValue).joined(separator: ", ")
            throw ValidationError("only one of \(names) can go to standard output (give the others a path: --format sarif=out.sarif)")
        }
        let paths = requests.compactMap(\.path)
        if let repeated = paths.first(where: { path in paths.filter { $0 == path }.count > 1 }) {
            throw ValidationError("two --format reports write to '\(repeated)'")
        }
        if Set(requests.map(\.format)).count < requests.count {
            throw ValidationError("each --format can be given once")
        }
    }
}
