import Foundation

/// Finds the configuration for each article: the nearest `.sourced.yml` walking up from the
/// article's folder, unless an explicit file (`--config` or `SOURCED_CONFIG`) is given.
/// Command-line thresholds are applied on top by the caller.
///
/// Not thread-safe (it caches parsed files); resolve before starting workers.
package final class ConfigResolver {
    package let explicit: ConfigFile?
    private var byFolder: [String: ConfigFile?] = [:]
    /// The config of each folder as spelled in article paths, so that articles in one folder
    /// cost one lookup, not one path standardisation each.
    private var bySpelledFolder: [Substring: ConfigFile?] = [:]

    /// - Parameter explicitPath: `--config` or `SOURCED_CONFIG`; disables discovery.
    package init(explicitPath: String?) throws(YAMLError) {
        explicit = try explicitPath.map { (path) throws(YAMLError) in try ConfigParser.load(path) }
    }

    /// The effective configuration for an article (or folder) path.
    package func effective(for path: String) throws(YAMLError) -> EffectiveConfig {
        Self.apply(try file(for: path), to: path).config
    }

    /// Whether the config that applies to `path` excludes it.
    package func excludes(_ path: String) throws(YAMLError) -> Bool {
        Self.apply(try file(for: path), to: path).excluded
    }

    /// For an article file (known not to be a folder): whether its config excludes it, and the
    /// effective config. Same answers as `excludes(_:)` and `effective(for:)`, cheaper per file.
    package func resolve(file path: String) throws(YAMLError) -> (excluded: Bool, config: EffectiveConfig) {
        if let explicit { return Self.apply(explicit, to: path) }
        let folder = path.lastIndex(of: "/").map { path[..<$0] } ?? "."
        if let cached = bySpelledFolder[folder] { return Self.apply(cached, to: path) }
        var url = URL(fileURLWithPath: path).standardizedFileURL
        url.deleteLastPathComponent()
        let config = try nearest(from: url)
        bySpelledFolder[folder] = .some(config)
        return Self.apply(config, to: path)
    }

    /// `config` as it applies to `path`: its exclusions and per-glob threshold overrides (the
    /// relative path is worked out only when the config has either).
    private static func apply(_ config: ConfigFile?, to path: String) -> (excluded: Bool, config: EffectiveConfig) {
        guard let config else { return (false, EffectiveConfig()) }
        var thresholds = config.thresholds
        var excluded = false
        if !config.exclude.isEmpty || !config.overrides.isEmpty {
            let relative = relative(path, to: config.directory)
            excluded = config.exclude.contains { Glob($0.value).matches(relativePath: relative) }
            for override in config.overrides where override.files.contains(where: { $0.matches(relativePath: relative) }) {
                thresholds = thresholds.overridden(by: override.thresholds)
            }
        }
        let effective = EffectiveConfig(
            file: config.path, thresholds: thresholds, extraRules: config.extraRules,
            disabledRules: config.disabledRules, exclude: config.exclude, weights: config.weights)
        return (excluded, effective)
    }

    /// The config file that applies to `path`: the explicit one, else the nearest found.
    package func file(for path: String) throws(YAMLError) -> ConfigFile? {
        if let explicit { return explicit }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        if !(exists && isDirectory.boolValue) { folder.deleteLastPathComponent() }
        return try nearest(from: folder)
    }

    private func nearest(from folder: URL) throws(YAMLError) -> ConfigFile? {
        if let cached = byFolder[folder.path] { return cached }
        let candidate = folder.appendingPathComponent(ConfigFile.name).path
        let found: ConfigFile?
        if FileManager.default.fileExists(atPath: candidate) {
            found = try ConfigParser.load(Self.shortPath(candidate))
        } else if folder.path == "/" || folder.path.isEmpty {
            found = nil
        } else {
            found = try nearest(from: folder.deletingLastPathComponent())
        }
        byFolder[folder.path] = found
        return found
    }

    /// `path` relative to `folder` when inside it, else `path` unchanged.
    static func relative(_ path: String, to folder: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
    }

    /// Relative to the current folder when inside it, so messages stay short.
    package static func shortPath(_ absolute: String) -> String {
        let relative = relative(absolute, to: FileManager.default.currentDirectoryPath)
        return relative
    }
}
