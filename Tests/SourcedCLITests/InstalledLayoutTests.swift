import Foundation
import TestSupport
import Testing

/// `sourced` laid out as `make install` lays it out (`bin/sourced`, `share/sourced/Rules`,
/// `share/sourced/Reports`) and called by name through `$PATH` from another folder, where
/// `argv[0]` is only "sourced". (`scripts/test-install` does the same with a real `make install`.)
@Suite(.serialized) struct InstalledLayoutTests {
    /// A temporary prefix holding a copy of the built binary and the bundled resources.
    struct Prefix {
        let root: URL
        let work: URL

        init() throws {
            let base = FileManager.default.temporaryDirectory.appendingPathComponent("sourced-install-\(UUID().uuidString)")
            root = base.appendingPathComponent("prefix")
            work = base.appendingPathComponent("elsewhere")
            let fm = FileManager.default
            try fm.createDirectory(at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
            try fm.createDirectory(at: root.appendingPathComponent("share/sourced/Reports"), withIntermediateDirectories: true)
            try fm.createDirectory(at: work, withIntermediateDirectories: true)
            try fm.copyItem(at: CLI.binary, to: root.appendingPathComponent("bin/sourced"))
            try fm.copyItem(at: Checkout.root.appendingPathComponent("Rules"), to: root.appendingPathComponent("share/sourced/Rules"))
            try fm.copyItem(
                at: Checkout.root.appendingPathComponent("Reports/templates"),
                to: root.appendingPathComponent("share/sourced/Reports/templates"))
            try fm.copyItem(
                at: Checkout.root.appendingPathComponent("Samples/putin-kim-vostochny.txt"), to: work.appendingPathComponent("a.txt"))
        }

        /// Runs `sh -c SCRIPT` in the work folder with only the prefix's `bin` before the system's.
        func shell(_ script: String, environment extra: [String: String] = [:]) throws -> CLI.Result {
            var environment = ["PATH": root.appendingPathComponent("bin").path + ":/usr/bin:/bin", "HOME": work.path]
            environment.merge(extra) { _, new in new }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script]
            process.currentDirectoryURL = work
            process.environment = environment
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return CLI.Result(
                code: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                stderr: String(decoding: stderr, as: UTF8.self))
        }

        func remove() { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
    }

    @Test func everyCommandRunsByNameFromAnotherFolder() throws {
        let prefix = try Prefix()
        defer { prefix.remove() }
        for format in ["text", "markdown", "html", "json"] {
            let result = try prefix.shell("sourced audit a.txt --format \(format)")
            #expect(result.code == 0, "audit --format \(format): \(result.stderr)")
            #expect(result.stdout.contains("46.3"), "audit --format \(format)")
        }
        let score = try prefix.shell("sourced score a.txt --format csv")
        #expect(score.code == 0 && score.stdout.contains("a.txt,46.3,"), "\(score.stderr)")
        let check = try prefix.shell("sourced check a.txt --min-score 40")
        #expect(check.code == 0, "\(check.stderr)")
        let stream = try prefix.shell(#"printf '{"id": 7, "text": "Anna Berg said the bridge is safe."}\n' | sourced audit --jsonl -"#)
        #expect(stream.code == 0, "\(stream.stderr)")
        #expect(stream.stdout.hasPrefix("{") && stream.stdout.contains(#""id":7"#))
    }

    @Test func aMissingTemplateFolderIsNamedNotCalledAnInvalidTemplate() throws {
        let prefix = try Prefix()
        defer { prefix.remove() }
        try FileManager.default.removeItem(at: prefix.root.appendingPathComponent("share/sourced/Reports"))
        let result = try prefix.shell("sourced audit a.txt --format html")
        #expect(result.code == 2)
        #expect(result.stderr.contains("cannot find the bundled report templates"), "\(result.stderr)")
        #expect(!result.stderr.contains("invalid template"))
        #expect(result.stderr.contains("share/sourced/Reports/templates"))
    }
}
