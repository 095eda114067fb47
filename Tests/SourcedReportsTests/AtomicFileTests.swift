import Foundation
import Testing

@testable import SourcedReports

#if canImport(Glibc)
    import Glibc
#endif

/// Reports are written whole or not at all, through an unnamed file where the filesystem has
/// `O_TMPFILE` and through a hidden temporary file otherwise: the folder gains the report and
/// nothing else, an old report keeps its mode, a dropped writer leaves nothing.
struct AtomicFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() }
    var report: String { folder.appendingPathComponent("report.txt").path }

    /// Whether this folder's filesystem gives unnamed files (ext4, tmpfs, xfs and btrfs do).
    var hasUnnamedFiles: Bool {
        guard let descriptor = UnnamedFile.open(in: folder.path, mode: 0o600) else { return false }
        close(descriptor)
        return true
    }

    @Test(arguments: [true, false])
    func aNewReportAppearsWholeAndAlone(unnamed: Bool) throws {
        let writer = try AtomicFile.Writer(path: report, unnamed: unnamed)
        try writer.write("first ")
        if unnamed && hasUnnamedFiles {
            #expect(entries.isEmpty, "nothing has a name while the report is written")
        } else {
            #expect(entries.count == 1 && entries[0].hasPrefix(".report.txt.") && entries[0].hasSuffix(".tmp"))
        }
        try writer.write("second")
        try writer.commit()
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "first second")
        #expect(entries == ["report.txt"])
    }

    @Test(arguments: [true, false])
    func anOldReportIsReplacedKeepingItsMode(unnamed: Bool) throws {
        try "old".write(toFile: report, atomically: false, encoding: .utf8)
        #expect(chmod(report, 0o640) == 0)
        let writer = try AtomicFile.Writer(path: report, unnamed: unnamed)
        try writer.write("new")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "old")
        if unnamed && hasUnnamedFiles { #expect(entries == ["report.txt"]) }
        try writer.commit()
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "new")
        #expect(entries == ["report.txt"])
        var info = stat()
        #expect(stat(report, &info) == 0 && info.st_mode & 0o7777 == 0o640)
    }

    /// As root, the report keeps the old one's owner and group (a user's report stays theirs).
    @Test(arguments: [true, false])
    func anOldReportKeepsItsOwnerAsRoot(unnamed: Bool) throws {
        guard getuid() == 0 else { return }
        try "old".write(toFile: report, atomically: false, encoding: .utf8)
        #expect(chown(report, 1234, 5678) == 0)
        let writer = try AtomicFile.Writer(path: report, unnamed: unnamed)
        try writer.write("new")
        try writer.commit()
        var info = stat()
        #expect(stat(report, &info) == 0 && info.st_uid == 1234 && info.st_gid == 5678)
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "new")
    }

    @Test(arguments: [true, false])
    func aDroppedWriterLeavesNothing(unnamed: Bool) throws {
        do {
            let writer = try AtomicFile.Writer(path: report, unnamed: unnamed)
            try writer.write("half a report")
        }
        #expect(entries.isEmpty)
    }
}
