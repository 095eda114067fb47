import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What is at a path, symlinks followed, and whether a symlink led there.
enum FileEntry {
    case missing
    case dangling(target: String)
    case loop
    case directory(FileIdentity, isLink: Bool)
    case file(FileIdentity, isLink: Bool)
    /// A FIFO, socket or device: opening one may block or never end.
    case special(FileIdentity, kind: String, isLink: Bool)

    init(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            self = .missing
            return
        }
        let isLink = info.st_mode & S_IFMT == S_IFLNK
        if isLink, stat(path, &info) != 0 {
            switch errno {
            case ELOOP: self = .loop
            default: self = .dangling(target: (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            }
            return
        }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFDIR: self = .directory(identity, isLink: isLink)
        case S_IFREG: self = .file(identity, isLink: isLink)
        case S_IFIFO: self = .special(identity, kind: "FIFO", isLink: isLink)
        case S_IFSOCK: self = .special(identity, kind: "socket", isLink: isLink)
        case S_IFCHR: self = .special(identity, kind: "character device", isLink: isLink)
        case S_IFBLK: self = .special(identity, kind: "block device", isLink: isLink)
        default: self = .special(identity, kind: "special file", isLink: isLink)
        }
    }
}

/// A file or folder as the file system knows it.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
}
