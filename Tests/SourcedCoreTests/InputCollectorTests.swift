import Foundation
import Testing

@testable import SourcedCore

#if canImport(Glibc)
    import Glibc
#endif

/// The folder walk: nothing blocks, nothing is lost silently, files keep the names given.
@Suite struct InputCollectorTests {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("walk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
        try "A text.".write(toFile: root + "/in/good.txt", atomically: true, encoding: .utf8)
    }

    /// Collects `paths` (relative to `root`) with `root` as the working directory, without
    /// changing the process's (tests run in parallel); results are shown relative to `root`.
    func collect(_ collector: InputCollector = InputCollector(), _ paths: [String] = ["in"]) -> InputCollector.Collection {
        var collector = collector
        collector.workingDirectory = root
        var found = collector.collect(paths.map { root + "/" + $0 })
        let strip = { (text: String) in text.replacingOccurrences(of: root + "/", with: "") }
        found.files = found.files.map(strip)
        found.notes = found.notes.map(strip)
        found.failures = found.failures.map { InputFailure(path: strip($0.path), reason: $0.reason) }
        return found
    }

    func link(_ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root + "/" + name, withDestinationPath: target)
    }

    @Test func aFIFOIsSkippedWithAReasonNotOpened() {
        #expect(mkfifo(root + "/in/pipe.txt", 0o600) == 0)
        let found = collect()
        #expect(found.files == ["in/good.txt"])
        #expect(found.notes == ["in/pipe.txt: skipped (a FIFO, not a regular file)"])
    }

    @Test func aDeviceNodeIsSkippedWithAReason() throws {
        // Creating a device node (1,3, as /dev/null) needs root; the test makes its own, never touching /dev.
        guard mknod(root + "/in/device.txt", S_IFCHR | 0o600, 0x103) == 0 else { return }
        let found = collect()
        #expect(found.files == ["in/good.txt"])
        #expect(found.notes == ["in/device.txt: skipped (a character device, not a regular file)"])
    }

    @Test func danglingAndLoopingSymlinksAreInputFailures() throws {
        try link("in/gone.txt", to: "nowhere.txt")
        try link("in/loop-a.txt", to: "loop-b.txt")
        try link("in/loop-b.txt", to: "loop-a.txt")
        let found = collect()
        #expect(found.files == ["in/good.txt"])
        #expect(
            found.failures == [
                InputFailure(path: "in/gone.txt", reason: "dangling symlink (to 'nowhere.txt')"),
                InputFailure(path: "in/loop-a.txt", reason: "symlink loop"),
                InputFailure(path: "in/loop-b.txt", reason: "symlink loop"),
            ])
    }

    @Test func hardLinksAreSeparateFilesAndSymlinksDoNotDuplicate() throws {
        #expect(Glibc.link(root + "/in/good.txt", root + "/in/also.txt") == 0)
        try link("in/alias.txt", to: "good.txt")
        try FileManager.default.createDirectory(atPath: root + "/out", withIntermediateDirectories: true)
        try "Elsewhere.".write(toFile: root + "/out/far.txt", atomically: true, encoding: .utf8)
        try link("in/far-link.txt", to: "../out/far.txt")
        // Named by the path that reached them: the alias of a file in the batch adds nothing,
        // a link to a file outside it keeps the link's name.
        #expect(collect().files == ["in/also.txt", "in/far-link.txt", "in/good.txt"])
    }

    @Test func hiddenFoldersAndNodeModulesNeedAskingFor() throws {
        for folder in ["in/.git", "in/node_modules/pkg"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            try "Hidden.".write(toFile: root + "/\(folder)/readme.md", atomically: true, encoding: .utf8)
        }
        #expect(collect().files == ["in/good.txt"])
        #expect(
            collect(InputCollector(includeHidden: true)).files == ["in/.git/readme.md", "in/good.txt", "in/node_modules/pkg/readme.md"])
    }

    @Test func globsAreRelativeToTheWorkingDirectory() throws {
        try FileManager.default.createDirectory(atPath: root + "/in/b", withIntermediateDirectories: true)
        try "B.".write(toFile: root + "/in/b/x.txt", atomically: true, encoding: .utf8)
        #expect(collect(InputCollector(exclude: [Glob("in/b/*")])).files == ["in/good.txt"])
        #expect(collect(InputCollector(include: [Glob("in/**/*.txt")])).files == ["in/b/x.txt", "in/good.txt"])
    }

    @Test(arguments: [
        ("docs/**/*.md", "docs/a.md", true), ("docs/**/*.md", "docs/x/y/a.md", true), ("docs/*.md", "docs/x/a.md", false),
        ("a/**", "a/b/c", true), ("**/b", "b", true), ("**/b", "x/y/b", true), ("files/b/*", "files/b/x.txt", true),
        ("files/b/*", "other/files/b/x.txt", false), ("drafts", "news/drafts/a.txt", true), ("./a/*.txt", "a/x.txt", true),
    ])
    func globSegments(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(relativePath: path) == expected)
    }
}

@Test(arguments: [
    ("*.md", nil), ("a/**/b", nil), ("**", nil), ("[]]x", nil), ("[!]]", nil), ("[[]", nil), ("a\\[", nil), ("[a-z]*.txt", nil),
    ("[[:digit:]]*", nil),
    ("", "empty"), ("[a", "never closed"), ("a[/]b", "never closed"), ("x\\", "lone"), ("**.md", "'**'"), ("[[:digit:]", "never closed"),
    ("a/b**/c", "'**'"),
])
func globProblems(_ pattern: String, _ expected: String?) {
    let problem = Glob.problem(in: pattern)
    if let expected { #expect(problem?.contains(expected) == true, "\(pattern): \(problem ?? "nil")") } else { #expect(problem == nil) }
}
