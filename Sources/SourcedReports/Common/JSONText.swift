import Foundation

/// Every JSON output goes through Foundation's `JSONSerialization`: keys sorted, slashes
/// unescaped, compact (one line, for JSON Lines) or indented (one-document reports).
package enum JSONText {
    package static func encode(_ value: Any, pretty: Bool) -> String {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]
        if pretty { options.insert(.prettyPrinted) }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: options) {
            return String(decoding: data, as: UTF8.self)
        }
        // Only a non-finite number is refused; it has no JSON form, so it is written as null.
        let data = (try? JSONSerialization.data(withJSONObject: finite(value), options: options)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static func finite(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return dictionary.mapValues(finite)
        case let array as [Any]: return array.map(finite)
        case let double as Double where !double.isFinite: return NSNull()
        default: return value
        }
    }
}
