import ArgumentParser
import Foundation
import SourcedCore

/// Where the rules come from: the bundled pack plus any folders the user adds.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Add a folder of rule files (repeatable).", valueName: "dir"))
    var extraDirectories: [String] = []

    @Flag(name: .customLong("no-default-rules"), help: "Use only the folders given with --rules.")
    var noDefaultRules = false

    func directories() throws -> [String] {
        if noDefaultRules { return extraDirectories }
        guard let bundled = RuleLocator.bundledDirectory() else {
            throw CLIError.noRulePack
        }
        return [bundled] + extraDirectories
    }

    func loadPack(disabled: Set<String> = []) throws -> RulePack {
        try RulePack(directories: try directories(), disabled: disabled)
    }
}

/// Finds the bundled `Rules/` folder: `$SOURCED_RULES`, else beside the executable's
/// checkout or install prefix, else the current folder.
enum RuleLocator {
    static func bundledDirectory() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["SOURCED_RULES"], !path.isEmpty { return path }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["Rules", "share/sourced/Rules"] {
                let url = folder.appendingPathComponent(candidate)
                if isRuleFolder(url.path) { return url.path }
            }
            folder.deleteLastPathComponent()
        }
        let local = FileManager.default.currentDirectoryPath + "/Rules"
        return isRuleFolder(local) ? local : nil
    }

    private static func isRuleFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
