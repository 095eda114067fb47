import ArgumentParser
import SourcedReports

/// One `--format NAME[=PATH]` of `sourced check`: where a report goes (nil: standard output).
struct FormatRequest: ExpressibleByArgument, Equatable {
    var format: CheckFormat
    var path: String?

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard let name = parts.first, let format = CheckFormat(rawValue: name) else { return nil }
        if parts.count == 2, parts[1].isEmpty { return nil }
        self.format = format
        path = parts.count == 2 ? parts[1] : nil
    }

    static var allValueStrings: [String] { CheckFormat.allCases.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    /// Formats that can share standard output with others (line-oriented).
    var sharesStandardOutput: Bool { format == .text || format == .github }
}
