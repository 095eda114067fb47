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

    @Test func anInterruptedWriteLeavesNoTemporaryFile() throws {
        var files: [String: String] = [:]
        for index in 0..<400 { files["in/\(index).txt"] = Workspace.poor }
        let space = try Workspace(files)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = [
            "score", "in", "--format", "jsonl", "--jobs", "1", "--output", "out.jsonl", "--no-default-rules", "--rules", "rules",
        ]
        process.currentDirectoryURL = space.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let temporaryFiles = { try FileManager.default.contentsOfDirectory(atPath: space.root.path).filter { $0.hasSuffix(".tmp") } }
        var seen = false
        for _ in 0..<2000 where process.isRunning {
            if try !temporaryFiles().isEmpty {
                seen = true
                break
            }
            usleep(2000)
        }
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(seen, "the temporary file is made before the batch starts")
        // A batch that finished before the signal left nothing to interrupt.
        guard process.terminationReason == .uncaughtSignal else { return }
        #expect(process.terminationStatus == SIGTERM)
        #expect(try temporaryFiles().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: space.root.appendingPathComponent("out.jsonl").path))
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
