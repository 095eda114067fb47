import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an article file (or standard input) in any supported format and encoding.
///
/// Refuses what is not an article with a typed `InputError`; everything else becomes a
/// `SourceDocument` whose offsets point into the bytes of the file.
package struct DocumentLoader: Sendable {
    /// The default size limit, 16 MiB.
    package static let defaultMaxBytes = 16 << 20

    package var maxBytes: Int
    /// The text is body only (`--no-title`): its first paragraph is not a headline.
    package var noTitle = false

    package init(maxBytes: Int = DocumentLoader.defaultMaxBytes, noTitle: Bool = false) {
        self.noTitle = noTitle
        self.maxBytes = maxBytes
    }

    /// Loads `path` (`-` for standard input); the format comes from the extension unless given.
    package func load(path: String, format: InputFormat? = nil) throws(InputError) -> SourceDocument {
        let bytes = path == "-" ? try readStandardInput() : try readFile(path)
        return try load(bytes: bytes, path: path, format: format ?? InputFormat(path: path))
    }

    /// Reads bytes already in memory as `format`; `path` is only used in messages.
    package func load(bytes: [UInt8], path: String, format: InputFormat) throws(InputError) -> SourceDocument {
        var document = try read(bytes: bytes, path: path, format: format)
        document.mayHaveTitle = !noTitle
        return document
    }

    private func read(bytes: [UInt8], path: String, format: InputFormat) throws(InputError) -> SourceDocument {
        guard bytes.count <= maxBytes else { throw .tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
        if let reason = Self.binaryReason(bytes) { throw .binary(path: path, reason: reason) }
        let document: SourceDocument
        switch format {
        case .text: document = PlainTextReader().read(bytes, path: path)
        case .markdown: document = MarkdownReader().read(bytes, path: path)
        case .html: document = HTMLReader().read(bytes, path: path)
        }
        guard !document.blocks.isEmpty, Self.hasVisibleText(document.text) else {
            throw .noText(path: path, format: format)
        }
        return document
    }

    /// Whether `text` holds more than whitespace, zero-width characters and byte order marks.
    static func hasVisibleText(_ text: [UInt8]) -> Bool {
        var index = 0
        while index < text.count {
            switch text[index] {
            case 0x09...0x0D, 0x20:
                index += 1
            case 0xE2
            where index + 2 < text.count && text[index + 1] == 0x80 && (0x8B...0x8D).contains(text[index + 2]):
                index += 3
            case 0xEF where index + 2 < text.count && text[index + 1] == 0xBB && text[index + 2] == 0xBF:
                index += 3
            default:
                return true
            }
        }
        return false
    }

    /// Why `bytes` look like a binary file, or nil for text.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        // UTF-16 is full of NUL bytes; with a byte order mark it is text.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if bytes.contains(0) { return "it contains NUL bytes" }
        let sample = bytes.prefix(65536)
        var control = 0
        for byte in sample where byte < 0x20 || byte == 0x7F {
            switch byte {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            default: control += 1
            }
        }
        guard !sample.isEmpty, control * 20 > sample.count else { return nil }
        return "\(control * 100 / sample.count)% of its first \(sample.count) bytes are control characters"
    }

    private func readFile(_ path: String) throws(InputError) -> [UInt8] {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw errno == ENOENT ? .notFound(path: path) : .unreadable(path: path, reason: Self.reason(errno))
        }
        if info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) != 0 {
            switch errno {
            case ENOENT:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw .brokenSymlink(path: path, target: target)
            case ELOOP: throw .symlinkLoop(path: path)
            case let code: throw .unreadable(path: path, reason: Self.reason(code))
            }
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path: path) }
        if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > maxBytes {
            throw .tooLarge(path: path, bytes: Int(info.st_size), limit: maxBytes)
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: Self.reason(errno)) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        return try read(handle, path: path, expected: Int(info.st_size))
    }

    private func readStandardInput() throws(InputError) -> [UInt8] {
        try read(FileHandle.standardInput, path: "-")
    }

    /// Reads to the end, stopping one byte past the limit so a huge stream is not kept.
    private func read(_ handle: FileHandle, path: String, expected: Int = 0) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(expected, 0), maxBytes) + 1)
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
                if bytes.count > maxBytes { throw InputError.tooLarge(path: path, bytes: nil, limit: maxBytes) }
            }
        } catch let error as InputError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription.lowercased())
        }
        return bytes
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
