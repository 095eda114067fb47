import Foundation
import SourcedCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report through a temporary file and a rename, so a reader never sees half a
/// report, and refuses to replace any of the inputs.
///
/// Only a regular file is replaced, keeping its permissions. A character device or FIFO
/// (`/dev/null`, `/dev/stdout`, a named pipe) is written through, never replaced; a folder,
/// socket or block device is refused. The temporary file is removed on SIGINT and SIGTERM.
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

    /// Writes a report piece by piece into a temporary file beside `path`; `commit()` renames
    /// it into place. Dropped without a commit, the temporary file is removed.
    package final class Writer {
        private let path: String
        private let target: String
        /// nil when writing straight through to a device or FIFO.
        private let temporary: String?
        private let handle: FileHandle
        private var committed = false

        package init(path: String, inputs: [String] = []) throws(WriteError) {
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
                    temporary = nil
                    handle = try Self.open(target, flags: O_WRONLY, mode: 0, path: path)
                    return
                case S_IFDIR: throw .notAFile(path: path, kind: "folder")
                case S_IFSOCK: throw .notAFile(path: path, kind: "socket")
                default: throw .notAFile(path: path, kind: "device")
                }
            }
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent()
            let name = ".\(URL(fileURLWithPath: target).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            let temporary = folder.appendingPathComponent(name).path
            TemporaryFiles.register(temporary)
            do {
                handle = try Self.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL, mode: old?.mode ?? 0o666, path: path)
            } catch {
                TemporaryFiles.remove(temporary)
                throw error
            }
            // The old file's permissions exactly (the umask applied at creation must not narrow
            // them), and its owner when allowed (as root): the report replaces it in place.
            if let old {
                _ = fchown(handle.fileDescriptor, old.owner, old.group)
                fchmod(handle.fileDescriptor, old.mode)
            }
            self.temporary = temporary
        }

        private static func open(_ file: String, flags: Int32, mode: mode_t, path: String) throws(WriteError) -> FileHandle {
            let descriptor = Glibc.open(file, flags | O_CLOEXEC, mode)
            guard descriptor >= 0 else { throw .failed(path: path, reason: String(cString: strerror(errno))) }
            return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }

        deinit {
            try? handle.close()
            if !committed, let temporary { TemporaryFiles.remove(temporary) }
        }

        package func write(_ text: String) throws(WriteError) {
            do {
                try handle.write(contentsOf: Data(text.utf8))
            } catch {
                throw .failed(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
            }
        }

        package func commit() throws(WriteError) {
            do {
                try handle.close()
            } catch {
                throw .failed(path: path, reason: error.localizedDescription)
            }
            committed = true
            guard let temporary else { return }
            defer { TemporaryFiles.remove(temporary) }
            guard rename(temporary, target) == 0 else {
                throw .failed(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }
}
