import Foundation
import SourcedCore
import SourcedReports

/// Finds what reports need at run time: the score weights and claim cues (data files of a
/// rule folder) and the bundled templates (`Reports/templates` beside the checkout or the
/// install prefix, like `RuleLocator` finds `Rules/`).
enum ReportResources {
    enum LookupError: Error, LocalizedError {
        case missingDataFile(String)
        case unreadableTemplate(path: String)

        var errorDescription: String? {
            switch self {
            case .missingDataFile(let name):
                return "\(name): not found in any rule folder (keep it at the root of Rules/ or of a --rules folder)"
            case .unreadableTemplate(let path):
                return "\(path): cannot read template (no such file or not readable)"
            }
        }
    }

    /// The data file `name` from the last rule folder that has one, so a newsroom's folder
    /// overrides the bundled pack; the bundled folder also serves `--no-default-rules`.
    static func dataFile(_ name: String, folders: [String]) throws -> String {
        let candidates = (RuleLocator.bundledDirectory().map { [$0] } ?? []) + folders
        for folder in candidates.reversed() {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw LookupError.missingDataFile(name)
    }

    /// The template text for `format`: `custom` if given, else the bundled one.
    static func template(for format: ReportFormat, custom: String?) throws -> (text: String?, file: String) {
        if let custom { return (try read(custom), custom) }
        guard let name = format.templateName else { return (nil, "") }
        guard let folder = templatesDirectory() else { return (nil, "Reports/templates/\(name)") }
        let path = folder + "/" + name
        return (try read(path), path)
    }

    /// `$SOURCED_TEMPLATES`, else `Reports/templates` beside the executable's checkout or
    /// install prefix, else in the current folder.
    static func templatesDirectory() -> String? {
        if let path = ProcessInfo.processInfo.environment["SOURCED_TEMPLATES"], !path.isEmpty { return path }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["Reports/templates", "share/sourced/Reports/templates"] {
                let url = folder.appendingPathComponent(candidate)
                if FileManager.default.fileExists(atPath: url.path) { return url.path }
            }
            folder.deleteLastPathComponent()
        }
        let local = FileManager.default.currentDirectoryPath + "/Reports/templates"
        return FileManager.default.fileExists(atPath: local) ? local : nil
    }

    private static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw LookupError.unreadableTemplate(path: path) }
        return String(decoding: data, as: UTF8.self)
    }
}
