import Foundation

/// A shell glob, matched segment by segment as `.gitignore` does.
///
/// A pattern without `/` matches any one name in the path (`drafts` skips every folder of that
/// name, `*.md` every Markdown file). A pattern with `/` matches the path from its start,
/// relative to the working directory (or to the config file's folder for its globs): `*`, `?`
/// and `[…]` stay within one name, `**` spans any number of folders, none included. A pattern
/// that matches a folder also matches everything in it.
package struct Glob: Sendable, Equatable, CustomStringConvertible {
    package let pattern: String
    private let segments: [String]

    package init(_ pattern: String) {
        self.pattern = pattern
        var trimmed = Substring(pattern)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        segments = trimmed.split(separator: "/").map(String.init)
    }

    package func matches(relativePath: String) -> Bool {
        var path = Substring(relativePath)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        let names = path.split(separator: "/").map(String.init)
        if !pattern.contains("/") {
            return names.contains { fnmatch(pattern, $0, 0) == 0 }
        }
        return matchesPrefix(of: names)
    }

    /// Whether the pattern matches the first `n` names of `names` for some `n` (the path or a
    /// folder holding it), by dynamic programming over (pattern segment, name): linear in
    /// their product, whatever the number of `**`.
    private func matchesPrefix(of names: [String]) -> Bool {
        var row = [true] + Array(repeating: false, count: names.count)
        for segment in segments {
            var next = Array(repeating: false, count: names.count + 1)
            for index in 0...names.count {
                if segment == "**" {
                    next[index] = row[index] || (index > 0 && next[index - 1])
                } else if index > 0 {
                    next[index] = row[index - 1] && fnmatch(segment, names[index - 1], 0) == 0
                }
            }
            row = next
        }
        return row.dropFirst().contains(true)
    }

    package var description: String { pattern }

    /// Why `pattern` is not a glob this matcher reads as written, nil when it is: fnmatch takes
    /// an unclosed `[` or a trailing `\\` literally, and `**` inside a name as `*`, so such a
    /// pattern would silently match something else than meant (or nothing).
    package static func problem(in pattern: String) -> String? {
        if pattern.isEmpty { return "an empty pattern matches nothing" }
        let bytes = Array(pattern.utf8)
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                if index + 1 == bytes.count { return "ends in a lone '\\' (write '\\\\' for a backslash)" }
                index += 2
            case UInt8(ascii: "["):
                guard let close = bracketEnd(bytes, from: index) else {
                    return "'[' at \(index + 1) is never closed (write '[[]' for a bracket)"
                }
                index = close + 1
            default:
                index += 1
            }
        }
        if pattern.split(separator: "/").contains(where: { $0 != "**" && $0.contains("**") }) {
            return "'**' spans folders only as a whole name, as in 'a/**/b'; use '*' within a name"
        }
        return nil
    }

    /// The `]` closing the bracket expression opened at `open` (a `]` first in it, after an
    /// optional `!` or `^`, is a member; a class such as `[:alpha:]` is skipped whole), nil
    /// when there is none.
    private static func bracketEnd(_ bytes: [UInt8], from open: Int) -> Int? {
        var index = open + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "^") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "]") { return index }
            if bytes[index] == UInt8(ascii: "/") { return nil }
            if bytes[index] == UInt8(ascii: "["), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":") {
                guard
                    let close = (index + 2..<bytes.count).first(where: {
                        bytes[$0] == UInt8(ascii: ":") && $0 + 1 < bytes.count && bytes[$0 + 1] == UInt8(ascii: "]")
                    })
                else { return nil }
                index = close + 2
                continue
            }
            index += 1
        }
        return nil
    }

    package static func == (lhs: Glob, rhs: Glob) -> Bool { lhs.pattern == rhs.pattern }
}
