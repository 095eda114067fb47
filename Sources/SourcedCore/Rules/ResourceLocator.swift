import Foundation

/// Finds the bundled resources (the rule pack, the report templates) wherever `sourced` runs:
/// a checkout, an install prefix, a copy on `$PATH`.
///
/// The order: the environment variable (an explicit override), then beside the executable's
/// real path (a checkout holding `Package.swift`, for `swift run` and `.build/*/sourced`),
/// then the install prefix (`<prefix>/bin/sourced` → `<prefix>/share/sourced`).
package struct ResourceLocator: Sendable {
    /// What can be located.
    package enum Resource: Sendable {
        case rules, templates
        /// `docs/` (the rule documentation SARIF help links point at).
        case docs

        /// The variable that overrides the search.
        package var environmentKey: String? {
            switch self {
            case .rules: return "SOURCED_RULES"
            case .templates: return "SOURCED_TEMPLATES"
            case .docs: return nil
            }
        }
        /// The folder relative to a checkout or to `<prefix>/share/sourced`.
        package var relativePath: String {
            switch self {
            case .rules: return "Rules"
            case .templates: return "Reports/templates"
            case .docs: return "docs"
            }
        }
        /// How a user names it in errors.
        package var displayName: String {
            switch self {
            case .rules: return "rule pack (Rules/)"
            case .templates: return "report templates (Reports/templates/)"
            case .docs: return "documentation (docs/)"
            }
        }
        /// What to do instead when it is missing.
        package var hint: String {
            switch self {
            case .rules: return "set SOURCED_RULES or pass --rules DIR --no-default-rules"
            case .templates: return "set SOURCED_TEMPLATES or pass --template PATH"
            case .docs: return "set SOURCED_DOCS_URL"
            }
        }
    }

    /// A resource that is not where it was looked for.
    package struct NotFound: Error, LocalizedError, Equatable, Sendable {
        package let resource: String
        package let searched: [String]
        package let hint: String
        package var errorDescription: String? {
            "cannot find the bundled \(resource) (looked in \(searched.joined(separator: ", ")); \(hint))"
        }
    }

    package let environment: [String: String]
    /// The running executable's real path (symlinks resolved), nil if unknown.
    package let executable: String?

    package init(environment: [String: String] = ProcessInfo.processInfo.environment, executable: String? = Self.executablePath()) {
        self.environment = environment
        self.executable = executable
    }

    /// The real path of the running executable. `CommandLine.arguments[0]` is only `sourced`
    /// when the shell found it on `$PATH`, so Linux asks the kernel (`/proc/self/exe`).
    package static func executablePath() -> String? {
        #if os(Linux)
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }

    /// The folders searched for `resource`, in order, with the one found first.
    package func candidates(_ resource: Resource) -> [String] {
        if let key = resource.environmentKey, let path = environment[key], !path.isEmpty { return [path] }
        guard let executable else { return [] }
        var result: [String] = []
        let bin = URL(fileURLWithPath: executable).deletingLastPathComponent()
        var folder = bin
        // `.build/<triple>/debug/sourced` is four levels under the checkout.
        for _ in 0..<5 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                result.append(folder.appendingPathComponent(resource.relativePath).path)
                break
            }
            folder.deleteLastPathComponent()
        }
        let prefix = bin.deletingLastPathComponent()
        result.append(prefix.appendingPathComponent("share/sourced").appendingPathComponent(resource.relativePath).path)
        return result
    }

    /// The folder holding `resource`.
    package func locate(_ resource: Resource) throws(NotFound) -> String {
        let searched = candidates(resource)
        if let found = searched.first(where: Self.isFolder) { return found }
        let places = searched.isEmpty ? ["nowhere: the executable's path is unknown"] : searched
        throw NotFound(resource: resource.displayName, searched: places, hint: resource.hint)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
