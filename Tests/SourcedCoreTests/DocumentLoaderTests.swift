import Foundation
import Testing

@testable import SourcedCore

/// A fresh temporary folder, removed when the value is deinitialised.
private final class TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sourced-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

private func loadError(
    _ bytes: [UInt8], format: InputFormat = .text, loader: DocumentLoader = DocumentLoader()
) -> InputError? {
    do {
        _ = try loader.load(bytes: bytes, path: "in.txt", format: format)
        return nil
    } catch {
        return error
    }
}

private func loadError(path: String, loader: DocumentLoader = DocumentLoader()) -> InputError? {
    do {
        _ = try loader.load(path: path)
        return nil
    } catch {
        return error
    }
}

@Suite struct DocumentLoaderTests {
    @Test(arguments: ["", "   \n\t\r\n  ", "\u{A0}\u{200B}\n\u{FEFF}"])
    func emptyOrWhitespaceIsNoText(input: String) {
        let error = loadError(Array(input.utf8))
        #expect(error == .noText(path: "in.txt", format: .text))
        #expect(error?.errorDescription == "in.txt: no text (the file is empty or holds only whitespace)")
    }

    @Test func markupWithoutArticleTextIsNoText() {
        let markdown = loadError(Array("```\ncode only\n```\n<!-- c -->\n".utf8), format: .markdown)
        #expect(markdown == .noText(path: "in.txt", format: .markdown))
        let html = loadError(Array("<html><body><nav>Home</nav><script>x()</script></body></html>".utf8), format: .html)
        #expect(html?.errorDescription == "in.txt: no text (no article text found in the HTML)")
    }

    @Test func nulBytesAreBinary() {
        let error = loadError(Array("PK\u{3}\u{4}".utf8) + [0, 0, 0x14])
        #expect(error == .binary(path: "in.txt", reason: "it contains NUL bytes"))
        #expect(error?.errorDescription == "in.txt: binary file, not an article (it contains NUL bytes)")
    }

    @Test func mostlyControlBytesAreBinary() {
        // Two control bytes in every three, like an executable or an image.
        let bytes: [UInt8] = (0..<400).map { (index: Int) -> UInt8 in index % 3 == 0 ? 0x41 : 0x01 }
        let error = loadError(bytes)
        guard case .binary(_, let reason)? = error else {
            Issue.record("expected a binary error, got \(String(describing: error))")
            return
        }
        #expect(reason.hasSuffix("of its first 400 bytes are control characters"))
    }

    @Test func utf16WithByteOrderMarkIsText() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "Kim said.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let document = try DocumentLoader().load(bytes: bytes, path: "u16.txt", format: .text)
        #expect(blockTexts(document) == ["Kim said."])
    }

    @Test func tooLargeNamesTheLimit() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("big.txt", Array(repeating: 0x61, count: 200))
        let error = loadError(path: path, loader: DocumentLoader(maxBytes: 100))
        #expect(error == .tooLarge(path: path, bytes: 200, limit: 100))
        #expect(
            error?.errorDescription
                == "\(path): file too large, 200 bytes (the limit is 100 bytes; raise it with --max-bytes)")
        #expect(loadError(Array(repeating: 0x61, count: 101), loader: DocumentLoader(maxBytes: 100)) != nil)
        let defaultLimit = InputError.tooLarge(path: "-", bytes: nil, limit: DocumentLoader.defaultMaxBytes)
        #expect(
            defaultLimit.errorDescription
                == "<stdin>: file too large, more than 16777216 bytes "
                + "(the limit is 16 MiB = 16777216 bytes; raise it with --max-bytes)"
        )
    }

    @Test func missingFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing.txt")
        #expect(loadError(path: path) == .notFound(path: path))
        #expect(loadError(path: path)?.errorDescription == "\(path): no such file (check the path)")
    }

    @Test func directoryGivenAsAFile() throws {
        let folder = try TemporaryFolder()
        #expect(loadError(path: folder.url.path) == .isDirectory(path: folder.url.path))
        #expect(
            loadError(path: folder.url.path)?.errorDescription
                == "\(folder.url.path): is a directory, not a file (give an article file)")
    }

    @Test func brokenSymlink() throws {
        let folder = try TemporaryFolder()
        let link = folder.path("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "gone.txt")
        #expect(loadError(path: link) == .brokenSymlink(path: link, target: "gone.txt"))
        #expect(
            loadError(path: link)?.errorDescription
                == "\(link): broken symbolic link (its target 'gone.txt' does not exist)")
    }

    @Test func symlinkLoop() throws {
        let folder = try TemporaryFolder()
        let first = folder.path("a.txt")
        let second = folder.path("b.txt")
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: second)
        try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: first)
        #expect(loadError(path: first) == .symlinkLoop(path: first))
        #expect(loadError(path: first)?.errorDescription == "\(first): symbolic link loop (too many levels of links)")
    }

    @Test(.enabled(if: getuid() != 0, "root can read any file"))
    func unreadableFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("secret.txt", Array("text".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        #expect(loadError(path: path) == .unreadable(path: path, reason: "permission denied"))
    }

    @Test func unreadableMessage() {
        let error = InputError.unreadable(path: "secret.txt", reason: "permission denied")
        #expect(error.errorDescription == "secret.txt: cannot read the file (permission denied)")
    }

    @Test func formatFromExtension() throws {
        #expect(InputFormat(path: "a/b.md") == .markdown)
        #expect(InputFormat(path: "b.MARKDOWN") == .markdown)
        #expect(InputFormat(path: "page.htm") == .html)
        #expect(InputFormat(path: "page.html") == .html)
        #expect(InputFormat(path: "notes.txt") == .text)
        #expect(InputFormat(path: "-") == .text)
        #expect(InputFormat(path: "dir.md/README") == .text)
        #expect(InputFormat(path: ".md") == .text)
        let folder = try TemporaryFolder()
        let path = try folder.write("a.md", Array("# Title\n\nBody.\n".utf8))
        #expect(hints(try DocumentLoader().load(path: path)) == [.title, .paragraph])
        #expect(hints(try DocumentLoader().load(path: path, format: .text)) == [.auto, .auto])
    }
}
