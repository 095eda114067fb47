import Foundation

/// A shell glob matched with `fnmatch(3)`.
///
/// A pattern without `/` matches the file name alone; one with `/` matches the path
/// relative to the folder it applies to (`*` also crosses `/`, so `opinion/*` covers subfolders).
package struct Glob: Sendable, Equatable, CustomStringConvertible {
    package let pattern: String

    package init(_ pattern: String) { self.pattern = pattern }

    package func matches(relativePath: String) -> Bool {
        var path = relativePath
        while path.hasPrefix("./") { path.removeFirst(2) }
        if !pattern.contains("/") {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return fnmatch(pattern, name, 0) == 0
        }
        let trimmed = pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern
        if fnmatch(trimmed, path, 0) == 0 { return true }
        // `**/x` also matches `x` at the top.
        return trimmed.hasPrefix("**/") && fnmatch(String(trimmed.dropFirst(3)), path, 0) == 0
    }

    package var description: String { pattern }
}
