import Foundation

/// Expands files and folders given on the command line into a sorted list of articles.
///
/// Folders are walked recursively, hidden entries and `node_modules` skipped unless asked for.
/// Files named explicitly are always kept; files found in folders must have an article
/// extension (or match `include`) and must not match `exclude`; globs match paths relative to
/// the working directory. Every file is named by the path that reached it; hard links are
/// separate files. What cannot be read is said: FIFOs, sockets and devices are skipped with a
/// note (opening a FIFO would block), dangling and looping symlinks are input failures, and a
/// symlink back into a folder being walked is skipped with a note, so loops terminate.
package struct InputCollector: Sendable {
    /// Extensions the readers handle (`InputFormat`): plain text, Markdown, HTML.
    package static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml"]

    package var include: [Glob]
    package var exclude: [Glob]
    /// Also walk hidden files and folders and `node_modules`.
    package var includeHidden: Bool
    /// What relative paths are relative to, for the globs.
    package var workingDirectory: String

    package init(
        include: [Glob] = [], exclude: [Glob] = [], includeHidden: Bool = false,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.include = include
        self.exclude = exclude
        self.includeHidden = includeHidden
        self.workingDirectory = workingDirectory
    }

    /// Articles found and the paths that could not be used, each with a reason.
    package struct Collection: Sendable {
        package var files: [String] = []
        package var failures: [InputFailure] = []
        package var notes: [String] = []
    }

    /// A file found, and whether a symlink (to it or to a folder above it) led there.
    private struct Candidate {
        let path: String
        let identity: FileIdentity
        let linked: Bool
    }

    package func collect(_ paths: [String]) -> Collection {
        var collection = Collection()
        var candidates: [Candidate] = []
        for path in paths {
            let display = Self.display(path)
            switch FileEntry(display) {
            case .missing: collection.failures.append(InputFailure(path: display, reason: "no such file or folder"))
            case .dangling(let target):
                collection.failures.append(InputFailure(path: display, reason: "dangling symlink (to '\(target)')"))
            case .loop: collection.failures.append(InputFailure(path: display, reason: "symlink loop"))
            case .directory(let identity, _):
                walk(display, ancestors: [identity], linked: false, into: &collection, candidates: &candidates)
            case .file(let identity, _), .special(let identity, _, _):
                // Named explicitly: kept as given, a FIFO too (`<(…)` is one).
                candidates.append(Candidate(path: display, identity: identity, linked: false))
            }
        }
        collection.files = Self.kept(candidates)
        return collection
    }

    /// Every file reached directly, and each file reached only through symlinks once, under
    /// the first path that reached it: a symlink to a file in the batch adds no duplicate.
    private static func kept(_ candidates: [Candidate]) -> [String] {
        let direct = Set(candidates.filter { !$0.linked }.map(\.identity))
        var linked = Set<FileIdentity>()
        var paths = Set<String>()
        for candidate in candidates.sorted(by: { $0.path < $1.path }) {
            if candidate.linked, direct.contains(candidate.identity) || !linked.insert(candidate.identity).inserted { continue }
            paths.insert(candidate.path)
        }
        return paths.sorted()
    }

    private func walk(
        _ folder: String, ancestors: Set<FileIdentity>, linked: Bool, into collection: inout Collection,
        candidates: inout [Candidate]
    ) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            collection.failures.append(InputFailure(path: folder, reason: "cannot list folder"))
            return
        }
        for name in names.sorted() where includeHidden || !(name.hasPrefix(".") || name == "node_modules") {
            let path = folder == "." ? name : folder + "/" + name
            let relative = relativePath(path)
            switch FileEntry(path) {
            case .missing: continue  // removed while listing
            case .dangling(let target) where wants(relative):
                collection.failures.append(InputFailure(path: path, reason: "dangling symlink (to '\(target)')"))
            case .loop where wants(relative):
                collection.failures.append(InputFailure(path: path, reason: "symlink loop"))
            case .dangling, .loop: continue
            case .directory(let identity, let isLink):
                if ancestors.contains(identity) {
                    collection.notes.append("\(path): symlink loop skipped (leads back to '\(Self.real(path))')")
                    continue
                }
                guard !exclude.contains(where: { $0.matches(relativePath: relative) }) else { continue }
                walk(path, ancestors: ancestors.union([identity]), linked: linked || isLink, into: &collection, candidates: &candidates)
            case .file(let identity, let isLink) where wants(relative):
                candidates.append(Candidate(path: path, identity: identity, linked: linked || isLink))
            case .special(_, let kind, _) where wants(relative):
                collection.notes.append("\(path): skipped (a \(kind), not a regular file)")
            case .file, .special: continue
            }
        }
    }

    func wants(_ relative: String) -> Bool {
        if exclude.contains(where: { $0.matches(relativePath: relative) }) { return false }
        if !include.isEmpty { return include.contains { $0.matches(relativePath: relative) } }
        let ext = (relative as NSString).pathExtension.lowercased()
        return Self.articleExtensions.contains(ext)
    }

    /// `path` relative to the working directory when it lies inside it, else as given.
    func relativePath(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
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
