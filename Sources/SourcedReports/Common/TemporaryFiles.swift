import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary report files still being written, removed if the process is interrupted.
///
/// SIGINT and SIGTERM are caught through dispatch sources (ordinary code on a queue, not a
/// signal handler), the files are removed, then the signal is raised again with its default
/// action, so the exit status still says how the process ended.
enum TemporaryFiles {
    private static let state = Mutex()

    private final class Mutex: @unchecked Sendable {
        let lock = NSLock()
        var paths = Set<String>()
        var sources: [DispatchSourceSignal] = []
    }

    static func register(_ path: String) {
        state.lock.withLock {
            if state.sources.isEmpty {
                state.sources = signals.compactMap(Self.catchSignal)
                unblockSignals()
            }
            state.paths.insert(path)
        }
    }

    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Takes SIGINT, SIGTERM and SIGHUP on this thread. A parent may leak a blocked mask
    /// (Foundation's `Process` on Linux does): a blocked signal would neither reach the
    /// sources nor end the process, which would write its report in full.
    static func unblockSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Forgets `path` and removes the file if it is still there.
    static func remove(_ path: String) {
        state.lock.withLock { _ = state.paths.remove(path) }
        unlink(path)
    }

    /// nil when the signal was already ignored (as under `nohup`): it stays ignored.
    private static func catchSignal(_ number: Int32) -> DispatchSourceSignal? {
        let previous = signal(number, SIG_IGN)
        // Handlers are C function pointers, not comparable in Swift: compare their addresses.
        if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { return nil }
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
            let paths = state.lock.withLock { state.paths }
            for path in paths { unlink(path) }
            signal(number, SIG_DFL)
            kill(getpid(), number)
        }
        source.resume()
        return source
    }
}
