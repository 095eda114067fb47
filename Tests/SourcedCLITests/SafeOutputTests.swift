import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `--output` never replaces what is not a regular file, keeps permissions, and leaves no
/// temporary file behind when interrupted; folder walks neither hang nor lose files silently.
@Suite struct SafeOutputTests {
    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode : 0
    }

    @Test func anExistingReportKeepsItsPermissions() throws {
        let space = try Workspace(["good.txt": Workspace.good, "scores.csv": "old\n"])
        let report = space.root.appendingPathComponent("scores.csv").path
        #expect(chmod(report, 0o600) == 0)
        let result = try space.run(["score", "good.txt", "--format", "csv", "--output", "scores.csv"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(mode(report) & 0o777 == 0o600)
        #expect(try space.read("scores.csv").hasPrefix("path,"))
    }

    @Test func aDeviceIsWrittenThroughNotReplaced() throws {
        let space = try Workspace(["good.txt": Workspace.good])
        let device = space.root.appendingPathComponent("null").path
        // A node of its own (1,3 is /dev/null's); creating one needs root.
        guard mknod(device, S_IFCHR | 0o666, 0x103) == 0 else { return }
        let result = try space.run(["score", "good.txt", "--format", "json", "--output", "null"])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(mode(device) & S_IFMT == S_IFCHR)
    }

    @Test func aFIFOIsWrittenThroughNotReplaced() throws {
        let space = try Workspace(["good.txt": Workspace.good])
        let fifo = space.root.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Received()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            received.data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile()
            done.signal()
        }
        let result = try space.run(["score", "good.txt", "--format", "json", "--output", "pipe"])
        #expect(result.code == 0, "\(result.stderr)")
        // Replaced by a file, the FIFO would never see a writer: fail rather than wait forever.
        #expect(done.wait(timeout: .now() + 20) == .success)
        #expect(mode(fifo) & S_IFMT == S_IFIFO)
        #expect(String(decoding: received.data ?? Data(), as: UTF8.self).contains("sourced-batch/1"))
    }

    @Test func aFolderIsRefused() throws {
        let space = try Workspace(["good.txt": Workspace.good, "reports/keep.txt": "x"])
        let result = try space.run(["score", "good.txt", "--output", "reports"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("reports: refusing to write over a folder"))
    }

    /// Starts a batch writing `out.jsonl`, waits until the report is open (an unnamed file, or
    /// a hidden temporary one where the filesystem has no `O_TMPFILE`), then sends `signal`.
    /// Returns what the folder gained and the process (400 articles take far longer than the
    /// millisecond between two looks, so the signal always comes mid-write).
    func interruptedWrite(signal: Int32) throws -> (added: Set<String>, process: Process) {
        var files: [String: String] = [:]
        for index in 0..<400 { files["in/\(index).txt"] = Workspace.poor }
        let space = try Workspace(files)
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: space.root.path))
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = [
            "score", "in", "--format", "jsonl", "--jobs", "1", "--output", "out.jsonl", "--no-default-rules", "--rules", "rules",
        ]
        process.currentDirectoryURL = space.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let root = space.root.resolvingSymlinksInPath().path
        var open = false
        for _ in 0..<2000 where process.isRunning {
            open = Self.writesReport(process.processIdentifier, in: root)
            if open { break }
            usleep(1000)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(open, "the report is open before the batch starts")
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: space.root.path))
        #expect(after.isSuperset(of: before))
        return (after.subtracting(before), process)
    }

    /// Whether process `pid` holds a file open at the top of `folder`: the report being written
    /// (inputs and rules are below it).
    static func writesReport(_ pid: Int32, in folder: String) -> Bool {
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []
        return descriptors.contains { descriptor in
            guard let file = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(descriptor)") else {
                return false
            }
            return file.hasPrefix(folder + "/") && !file.dropFirst(folder.count + 1).contains("/")
        }
    }

    @Test func anInterruptedWriteLeavesNoTemporaryFile() throws {
        let (added, process) = try interruptedWrite(signal: SIGTERM)
        #expect(process.terminationStatus == SIGTERM)
        #expect(added.isEmpty, "no report and no temporary file: \(added)")
    }

    /// SIGKILL cannot be caught: only an unnamed file (`O_TMPFILE`) leaves nothing behind (a
    /// named temporary file stayed as `.out.jsonl.PID.N.tmp`).
    @Test func aKilledWriteLeavesNothing() throws {
        let (added, process) = try interruptedWrite(signal: SIGKILL)
        #expect(process.terminationStatus == SIGKILL)
        #expect(added.isEmpty, "no report and no temporary file: \(added)")
    }

    @Test func aWalkSkipsFIFOsAndReportsBrokenLinks() throws {
        let space = try Workspace(["in/good.txt": Workspace.good])
        #expect(mkfifo(space.root.appendingPathComponent("in/pipe.txt").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: space.root.appendingPathComponent("in/gone.txt").path, withDestinationPath: "x.txt")
        // Before: blocked for ever opening the FIFO.
        let result = try space.run(["check", "in"])
        #expect(result.code == 2)
        #expect(result.stderr.contains("in/pipe.txt: skipped (a FIFO, not a regular file)"))
        #expect(result.stderr.contains("in/gone.txt: dangling symlink (to 'x.txt')"))
    }
}

/// Data handed from the reader thread.
private final class Received: @unchecked Sendable {
    var data: Data?
}
