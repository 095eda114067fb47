import Foundation

/// The subset of JSON Schema that `Reports/sourced-1.schema.json` uses: type, const, enum,
/// required, properties, additionalProperties, items, minimum, maximum and local `$ref`.
struct SchemaValidator {
    let root: [String: Any]
    var errors: [String] = []

    init(root: [String: Any]) { self.root = root }

    mutating func check(_ value: Any, against schema: [String: Any], at path: String) {
        if let reference = schema["$ref"] as? String {
            guard let resolved = resolve(reference) else { return errors.append("\(path): unknown $ref \(reference)") }
            return check(value, against: resolved, at: path)
        }
        if let types = schema["type"] {
            let allowed = (types as? [String]) ?? [types as? String ?? ""]
            guard allowed.contains(where: { Self.matches(value, type: $0) }) else {
                return errors.append("\(path): expected \(allowed.joined(separator: "|")), got \(type(of: value))")
            }
        }
        if let constant = schema["const"], !Self.equal(value, constant) { errors.append("\(path): expected \(constant)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
            errors.append("\(path): \(value) not in enum")
        }
        if let number = value as? NSNumber, !(value is Bool) {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { errors.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { errors.append("\(path): above \(maximum)") }
        }
        if let object = value as? [String: Any] { checkObject(object, against: schema, at: path) }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { check(item, against: items, at: "\(path)[\(index)]") }
        }
    }

    private mutating func checkObject(_ object: [String: Any], against schema: [String: Any], at path: String) {
        for key in schema["required"] as? [String] ?? [] where object[key] == nil { errors.append("\(path): missing '\(key)'") }
        let properties = schema["properties"] as? [String: Any] ?? [:]
        for (key, value) in object {
            if let property = properties[key] as? [String: Any] {
                check(value, against: property, at: "\(path).\(key)")
            } else if let additional = schema["additionalProperties"] as? [String: Any] {
                check(value, against: additional, at: "\(path).\(key)")
            } else if let allowed = schema["additionalProperties"] as? Bool, !allowed {
                errors.append("\(path): unexpected '\(key)'")
            }
        }
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let next = (node as? [String: Any])?[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return (value as? NSNumber).map(isBool) ?? false
        case "integer": return (value as? NSNumber).map { !isBool($0) && $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": return (value as? NSNumber).map { !isBool($0) } ?? false
        default: return false
        }
    }

    private static func isBool(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

    static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        if lhs is NSNull || rhs is NSNull { return lhs is NSNull && rhs is NSNull }
        if let a = lhs as? String, let b = rhs as? String { return a == b }
        if let a = lhs as? NSNumber, let b = rhs as? NSNumber { return a == b }
        return false
    }
}
