import Foundation
@_exported import TestSupport
import Testing

/// Runs the built `sourced` binary end to end, like argument-parser's `AssertExecuteCommand`.
enum CLI {
    /// The `sourced` executable beside the test bundle (works with any `--scratch-path`).
    static let binary: URL = {
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL]
        candidates += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        let root = Checkout.root
        candidates.append(root.appendingPathComponent(".build/debug"))
        for folder in candidates {
            let url = folder.appendingPathComponent("sourced")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/sourced")
    }()

    struct Result {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `sourced ARGS` in `folder` with the test rule pack, without SOURCED_* from the caller.
    /// With `shell`, runs `/bin/sh ARGS` instead (for pipelines).
    static func run(
        _ arguments: [String], in folder: URL, environment extra: [String: String] = [:], input: Data? = nil, shell: Bool = false
    ) throws -> Result {
        let process = Process()
        process.executableURL = shell ? URL(fileURLWithPath: "/bin/sh") : binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // Nothing from the caller's terminal either: colour and width come only from what a test sets.
        let inherited = ["GITHUB_STEP_SUMMARY", "COLUMNS", "FORCE_COLOR", "NO_COLOR"]
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SOURCED_") && !inherited.contains($0.key) }
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = input.map { _ in Pipe() }
        if let stdin { process.standardInput = stdin }
        try process.run()
        if let stdin, let input {
            // Written from another thread: the child's output must be drained while it reads.
            let writer = stdin.fileHandleForWriting
            Thread.detachNewThread {
                writer.write(input)
                try? writer.close()
            }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            code: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A temporary folder with a tiny rule pack and synthetic articles.
struct Workspace {
    let root: URL

    /// Named source + "said" attributes; "reportedly" hedges; anything else is unattributed.
    static let rules: [String: String] = [
        "attributed/said.yml": TestRules.said,
        "speculative/reportedly.yml": """
        version: 1
        kind: hedge
        pattern: '\\b(?<cue>reportedly)\\b'
        examples:
          match:
            - "It ⟦reportedly⟧ fell."
        """,
    ]

    /// Score 100: every body sentence is attributed.
    static let good = "Bridge opens\n\nAnna Berg said the bridge is safe. Tom Lee said it opened on time.\n"
    /// Score 33.3: one attributed to a named source, one hedged without a source (0), one unattributed.
    static let poor = "Bridge fails\n\nThe bridge is unsafe. It reportedly opened late. Anna Berg said little.\n"
    /// Score 0.
    static let bad = "Bridge falls\n\nThe bridge fell. Nobody knows why.\n"

    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sourced-cli-\(UUID().uuidString)")
        for (path, text) in Self.rules { try write("rules/" + path, text) }
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Runs `sourced COMMAND ARGS --no-default-rules --rules rules` here.
    func run(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> CLI.Result {
        try CLI.run(arguments + ["--no-default-rules", "--rules", "rules"], in: root, environment: environment, input: input)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
