import Foundation
import SourcedCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report so that a reader never sees half of it, and refuses to replace any of the
/// inputs.
///
/// On Linux the report is written into an unnamed file (`O_TMPFILE`) in the target's folder and
/// linked in at the end (`linkat`, then a rename over an existing report): killed mid-write,
/// even by SIGKILL, it leaves nothing behind; only the instant between the link and the rename
/// has a name (`.NAME.PID.N.tmp`). Where the filesystem refuses `O_TMPFILE` (or elsewhere), the
/// report goes to that hidden temporary file from the start and is renamed into place.
///
/// Only a regular file is replaced, keeping its permissions. A character device or FIFO
/// (`/dev/null`, `/dev/stdout`, a named pipe) is written through, never replaced; a folder,
/// socket or block device is refused. A named temporary file is removed on SIGINT, SIGTERM and
/// SIGHUP.
package enum AtomicFile {
    package enum WriteError: Error, LocalizedError {
        case wouldOverwriteInput(String)
        case notAFile(path: String, kind: String)
        case failed(path: String, reason: String)

        package var errorDescription: String? {
            switch self {
            case .wouldOverwriteInput(let path):
                return "\(path): refusing to overwrite an input file (choose another output path)"
            case .notAFile(let path, let kind):
                return "\(path): refusing to write over a \(kind) (choose a file path)"
            case .failed(let path, let reason):
                return "\(path): cannot write report (\(reason))"
            }
        }
    }

    package static func write(_ contents: String, to path: String, inputs: [String] = []) throws(WriteError) {
        let writer = try Writer(path: path, inputs: inputs)
        try writer.write(contents)
        try writer.commit()
    }

    /// Writes a report piece by piece beside `path` (unnamed, or under a hidden temporary name);
    /// `commit()` puts it in place. Dropped without a commit, nothing is left behind.
    package final class Writer {
        /// Where the report is written until `commit()`.
        private enum Staging {
            /// Straight through to a device or FIFO.
            case direct
            /// An unnamed file in the target's folder, linked in at commit.
            case unnamed
            /// A hidden temporary file beside the target, renamed over it.
            case named(String)
        }

        private let path: String
        private let target: String
        private let staging: Staging
        private let handle: FileHandle
        private var committed = false

        /// - Parameter unnamed: false to use a named temporary file even where `O_TMPFILE` works
        ///   (the fallback path, for tests).
        package init(path: String, inputs: [String] = [], unnamed: Bool = true) throws(WriteError) {
            self.path = path
            target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
            for input in inputs where input != "-" {
                if URL(fileURLWithPath: input).resolvingSymlinksInPath().standardizedFileURL.path == target {
                    throw .wouldOverwriteInput(path)
                }
            }
            var info = stat()
            var old: (mode: mode_t, owner: uid_t, group: gid_t)?
            if stat(target, &info) == 0 {
                switch info.st_mode & S_IFMT {
                case S_IFREG: old = (info.st_mode & 0o7777, info.st_uid, info.st_gid)
                case S_IFCHR, S_IFIFO:
                    staging = .direct
                    handle = try Self.open(target, flags: O_WRONLY, mode: 0, path: path)
                    return
                case S_IFDIR: throw .notAFile(path: path, kind: "folder")
                case S_IFSOCK: throw .notAFile(path: path, kind: "socket")
                default: throw .notAFile(path: path, kind: "device")
                }
            }
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
            if unnamed, let descriptor = UnnamedFile.open(in: folder, mode: old?.mode ?? 0o666) {
                staging = .unnamed
                handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
                // Nothing to remove on a signal (the kernel frees the file), but it must still end the process.
                TemporaryFiles.unblockSignals()
            } else {
                let temporary = Self.temporaryName(for: target)
                TemporaryFiles.register(temporary)
                do {
                    handle = try Self.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL, mode: old?.mode ?? 0o666, path: path)
                } catch {
                    TemporaryFiles.remove(temporary)
                    throw error
                }
                staging = .named(temporary)
            }
            // The old file's permissions exactly (the umask applied at creation must not narrow
            // them), and its owner when allowed (as root): the report replaces it in place.
            if let old {
                _ = fchown(handle.fileDescriptor, old.owner, old.group)
                fchmod(handle.fileDescriptor, old.mode)
            }
        }

        /// `.NAME.PID.N.tmp` beside `target`.
        private static func temporaryName(for target: String) -> String {
            let url = URL(fileURLWithPath: target)
            let name = ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            return url.deletingLastPathComponent().appendingPathComponent(name).path
        }

        private static func open(_ file: String, flags: Int32, mode: mode_t, path: String) throws(WriteError) -> FileHandle {
            let descriptor = Glibc.open(file, flags | O_CLOEXEC, mode)
            guard descriptor >= 0 else { throw .failed(path: path, reason: String(cString: strerror(errno))) }
            return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }

        deinit {
            try? handle.close()
            if !committed, case .named(let temporary) = staging { TemporaryFiles.remove(temporary) }
        }

        package func write(_ text: String) throws(WriteError) {
            do {
                try handle.write(contentsOf: Data(text.utf8))
            } catch {
                throw .failed(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
            }
        }

        package func commit() throws(WriteError) {
            // An unnamed file is linked while still open: closed first, it would be gone.
            if case .unnamed = staging { try link() }
            do {
                try handle.close()
            } catch {
                throw .failed(path: path, reason: error.localizedDescription)
            }
            committed = true
            guard case .named(let temporary) = staging else { return }
            defer { TemporaryFiles.remove(temporary) }
            guard rename(temporary, target) == 0 else {
                throw .failed(path: path, reason: String(cString: strerror(errno)))
            }
        }

        /// Gives the unnamed file the target's name: directly when there is no file there yet,
        /// else under a temporary name renamed over the old report (a link cannot replace).
        private func link() throws(WriteError) {
            let descriptor = handle.fileDescriptor
            if UnnamedFile.link(descriptor, to: target) { return }
            guard errno == EEXIST else { throw .failed(path: path, reason: String(cString: strerror(errno))) }
            let temporary = Self.temporaryName(for: target)
            TemporaryFiles.register(temporary)
            defer { TemporaryFiles.remove(temporary) }
            guard UnnamedFile.link(descriptor, to: temporary), rename(temporary, target) == 0 else {
                throw .failed(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }
}
