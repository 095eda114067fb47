import Foundation

/// Expands files and folders given on the command line into a sorted list of articles.
///
/// Folders are walked recursively; a symlink that leads back into a folder already being
/// walked is skipped and reported, so loops terminate. Files named explicitly are always
/// kept; files found in folders must have an article extension (or match `include`) and
/// must not match `exclude`.
package struct InputCollector: Sendable {
    /// Extensions the readers handle (`InputFormat`): plain text, Markdown, HTML.
    package static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml"]

    package var include: [Glob]
    package var exclude: [Glob]

    package init(include: [Glob] = [], exclude: [Glob] = []) {
        self.include = include
        self.exclude = exclude
    }

    /// Articles found and the paths that could not be used, each with a reason.
    package struct Collection: Sendable {
        package var files: [String] = []
        package var failures: [InputFailure] = []
        package var notes: [String] = []
    }

    package func collect(_ paths: [String]) -> Collection {
        var collection = Collection()
        // Files and folders are known by device and inode (one stat each), not by resolved
        // path: a million articles cost a million small keys, not a million path lookups.
        var seen = Set<FileIdentity>()
        for path in paths {
            let display = Self.display(path)
            guard let item = FileIdentity(display) else {
                collection.failures.append(InputFailure(path: display, reason: "no such file or folder"))
                continue
            }
            if item.isDirectory {
                walk(display, root: display, ancestors: [item], into: &collection, seen: &seen)
            } else if seen.insert(item).inserted {
                collection.files.append(display)
            }
        }
        collection.files.sort()
        return collection
    }

    private func walk(
        _ folder: String, root: String, ancestors: Set<FileIdentity>, into collection: inout Collection, seen: inout Set<FileIdentity>
    ) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            collection.failures.append(InputFailure(path: folder, reason: "cannot list folder"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder == "." ? name : folder + "/" + name
            let relative = path.dropFirst(root == "." ? 0 : root.count + 1)
            guard let item = FileIdentity(path) else { continue }
            if item.isDirectory {
                if ancestors.contains(item) {
                    collection.notes.append("\(path): symlink loop skipped (leads back to '\(Self.real(path))')")
                    continue
                }
                guard !exclude.contains(where: { $0.matches(relativePath: String(relative)) }) else { continue }
                walk(path, root: root, ancestors: ancestors.union([item]), into: &collection, seen: &seen)
            } else if wants(String(relative)), seen.insert(item).inserted {
                collection.files.append(path)
            }
        }
    }

    func wants(_ relative: String) -> Bool {
        if exclude.contains(where: { $0.matches(relativePath: relative) }) { return false }
        if !include.isEmpty { return include.contains { $0.matches(relativePath: relative) } }
        let ext = (relative as NSString).pathExtension.lowercased()
        return Self.articleExtensions.contains(ext)
    }

    /// The path as shown and fingerprinted: standardised, without a leading `./` or trailing `/`.
    package static func display(_ path: String) -> String {
        var result = (path as NSString).standardizingPath
        while result.hasPrefix("./") { result.removeFirst(2) }
        return result.isEmpty ? "." : result
    }

    static func real(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}

/// A file or folder as the file system knows it (symlinks followed).
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
    let isDirectory: Bool

    /// nil when nothing exists at `path` (or a symlink there is dangling).
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        isDirectory = info.st_mode & S_IFMT == S_IFDIR
    }
}
