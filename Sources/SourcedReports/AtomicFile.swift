import Foundation

/// Writes a report through a temporary file and a rename, so a reader never sees half a
/// report, and refuses to replace any of the inputs.
public enum AtomicFile {
    public enum WriteError: Error, LocalizedError {
        case wouldOverwriteInput(String)
        case failed(path: String, reason: String)

        public var errorDescription: String? {
            switch self {
            case .wouldOverwriteInput(let path):
                return "\(path): refusing to overwrite an input file (choose another output path)"
            case .failed(let path, let reason):
                return "\(path): cannot write report (\(reason))"
            }
        }
    }

    public static func write(_ contents: String, to path: String, inputs: [String] = []) throws(WriteError) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        for input in inputs where input != "-" {
            if URL(fileURLWithPath: input).resolvingSymlinksInPath().standardizedFileURL.path == target {
                throw .wouldOverwriteInput(path)
            }
        }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(URL(fileURLWithPath: target).lastPathComponent).\(getpid()).tmp")
        do {
            try Data(contents.utf8).write(to: temporary)
            if rename(temporary.path, target) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw WriteError.failed(path: path, reason: reason)
            }
        } catch let error as WriteError {
            throw error
        } catch {
            throw .failed(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}
