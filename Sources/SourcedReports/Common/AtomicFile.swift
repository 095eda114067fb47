import Foundation
import SourcedCore

/// Writes a report through a temporary file and a rename, so a reader never sees half a
/// report, and refuses to replace any of the inputs.
package enum AtomicFile {
    package enum WriteError: Error, LocalizedError {
        case wouldOverwriteInput(String)
        case failed(path: String, reason: String)

        package var errorDescription: String? {
            switch self {
            case .wouldOverwriteInput(let path):
                return "\(path): refusing to overwrite an input file (choose another output path)"
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
        private let temporary: String
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
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent()
            temporary = folder.appendingPathComponent(".\(URL(fileURLWithPath: target).lastPathComponent).\(getpid()).tmp").path
            guard FileManager.default.createFile(atPath: temporary, contents: nil),
                let handle = FileHandle(forWritingAtPath: temporary)
            else {
                throw .failed(path: path, reason: String(cString: strerror(errno)))
            }
            self.handle = handle
        }

        deinit {
            try? handle.close()
            if !committed { unlink(temporary) }
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
            guard rename(temporary, target) == 0 else {
                throw .failed(path: path, reason: String(cString: strerror(errno)))
            }
            committed = true
        }
    }
}
