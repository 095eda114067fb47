import Foundation
import SourcedCore

/// The JSON form of `sourced eval`: `{"version", "reports": [...]}`.
package enum EvalJSON {
    struct Document: Encodable {
        var version = "sourced-eval/1"
        var reports: [EvaluationReport]
    }

    package static func render(_ reports: [EvaluationReport]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(reports: reports)), as: UTF8.self) + "\n"
    }
}
