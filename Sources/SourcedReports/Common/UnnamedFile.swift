#if canImport(Glibc)
    import Glibc
#endif

/// Linux's unnamed files: `open(folder, O_TMPFILE)` makes a file with no name, which the
/// kernel frees if the process dies before `linkat` names it. The raw calls of `AtomicFile`.
enum UnnamedFile {
    /// A writable unnamed file in `folder`, or nil where that is not possible (not Linux, a
    /// filesystem without `O_TMPFILE`, no /proc to link it through): the caller falls back to
    /// a named temporary file.
    static func open(in folder: String, mode: mode_t) -> Int32? {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
            // Linking needs /proc/self/fd (AT_EMPTY_PATH would need CAP_DAC_READ_SEARCH).
            guard access("/proc/self/fd", X_OK) == 0 else { return nil }
            let descriptor = Glibc.open(folder, temporaryFileFlag | O_WRONLY | O_CLOEXEC, mode)
            return descriptor >= 0 ? descriptor : nil
        #else
            return nil
        #endif
    }

    /// `O_TMPFILE`, a compound macro Swift does not import: `__O_TMPFILE | O_DIRECTORY`, with
    /// `__O_TMPFILE` 020000000 on x86-64 and arm64 (asm-generic's value; other CPUs differ).
    private static let temporaryFileFlag: Int32 = 0o20000000 | O_DIRECTORY

    /// Names the unnamed file `descriptor` as `path`; false with `errno` set (EEXIST when
    /// `path` exists: a link never replaces).
    static func link(_ descriptor: Int32, to path: String) -> Bool {
        #if os(Linux)
            return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0
        #else
            errno = ENOTSUP
            return false
        #endif
    }
}
