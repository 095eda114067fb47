import Foundation

/// Finds the configuration for each article: the nearest `.sourced.yml` walking up from the
/// article's folder, unless an explicit file (`--config` or `SOURCED_CONFIG`) is given.
/// Command-line thresholds are applied on top by the caller.
///
/// Not thread-safe (it caches parsed files); resolve before starting workers.
public final class ConfigResolver {
    public let explicit: ConfigFile?
    private var byFolder: [String: ConfigFile?] = [:]
    /// The config of each folder as spelled in article paths, so that articles in one folder
    /// cost one lookup, not one path standardisation each.
    private var bySpelledFolder: [Substring: ConfigFile?] = [:]

    /// - Parameter explicitPath: `--config` or `SOURCED_CONFIG`; disables discovery.
    public init(explicitPath: String?) throws(ConfigError) {
        explicit = try explicitPath.map { (path) throws(ConfigError) in try ConfigParser.load(path) }
    }

    /// The effective configuration for an article (or folder) path.
    public func effective(for path: String) throws(ConfigError) -> EffectiveConfig {
        guard let config = try file(for: path) else { return EffectiveConfig() }
        var thresholds = config.thresholds
        let relative = Self.relative(path, to: config.directory)
        for override in config.overrides where override.files.contains(where: { $0.matches(relativePath: relative) }) {
            thresholds = thresholds.overridden(by: override.thresholds)
        }
        return Self.effective(config, thresholds: thresholds)
    }

    /// For an article file (known not to be a folder): whether its config excludes it, and the
    /// effective config. Same answers as `excludes(_:)` and `effective(for:)`, cheaper per file.
    public func resolve(file path: String) throws(ConfigError) -> (excluded: Bool, config: EffectiveConfig) {
        let config: ConfigFile?
        if let explicit {
            config = explicit
        } else {
            let folder = path.lastIndex(of: "/").map { path[..<$0] } ?? "."
            if let cached = bySpelledFolder[folder] {
                config = cached
            } else {
                var url = URL(fileURLWithPath: path).standardizedFileURL
                url.deleteLastPathComponent()
                config = try nearest(from: url)
                bySpelledFolder[folder] = .some(config)
            }
        }
        guard let config else { return (false, EffectiveConfig()) }
        guard !config.exclude.isEmpty || !config.overrides.isEmpty else { return (false, Self.effective(config, thresholds: config.thresholds)) }
        let relative = Self.relative(path, to: config.directory)
        let excluded = config.exclude.contains { Glob($0.value).matches(relativePath: relative) }
        var thresholds = config.thresholds
        for override in config.overrides where override.files.contains(where: { $0.matches(relativePath: relative) }) {
            thresholds = thresholds.overridden(by: override.thresholds)
        }
        return (excluded, Self.effective(config, thresholds: thresholds))
    }

    private static func effective(_ config: ConfigFile, thresholds: Thresholds) -> EffectiveConfig {
        EffectiveConfig(
            file: config.path, thresholds: thresholds, extraRules: config.extraRules,
            disabledRules: config.disabledRules, exclude: config.exclude, weights: config.weights)
    }

    /// Whether the config that applies to `path` excludes it.
    public func excludes(_ path: String) throws(ConfigError) -> Bool {
        guard let config = try file(for: path) else { return false }
        let relative = Self.relative(path, to: config.directory)
        return config.exclude.contains { Glob($0.value).matches(relativePath: relative) }
    }

    /// The config file that applies to `path`: the explicit one, else the nearest found.
    public func file(for path: String) throws(ConfigError) -> ConfigFile? {
        if let explicit { return explicit }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        if !(exists && isDirectory.boolValue) { folder.deleteLastPathComponent() }
        return try nearest(from: folder)
    }

    private func nearest(from folder: URL) throws(ConfigError) -> ConfigFile? {
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
    public static func shortPath(_ absolute: String) -> String {
        let relative = relative(absolute, to: FileManager.default.currentDirectoryPath)
        return relative
    }
}
