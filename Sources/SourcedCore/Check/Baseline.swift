import Foundation

/// The findings an existing archive already has, by stable fingerprint, so CI holds only new
/// articles (and new claims) to the bar. File format: `{"schema": "sourced-baseline/1",
/// "fingerprints": [...]}`, sorted, so it diffs well.
package enum Baseline {
    package static let schema = "sourced-baseline/1"

    package enum LoadError: Error, LocalizedError {
        case unreadable(path: String, reason: String)
        case invalid(path: String)

        package var errorDescription: String? {
            switch self {
            case .unreadable(let path, let reason): return "\(path): cannot read baseline (\(reason))"
            case .invalid(let path):
                return "\(path): not a sourced baseline (expected {\"schema\": \"\(Baseline.schema)\", \"fingerprints\": [...]})"
            }
        }
    }

    package static func load(_ path: String) throws(LoadError) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file or not readable")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["schema"] as? String == schema, let prints = object["fingerprints"] as? [String]
        else { throw .invalid(path: path) }
        return Set(prints)
    }
}
