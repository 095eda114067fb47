import Foundation

/// Files done/total, rate and ETA on one stderr line, redrawn at most ten times a second.
/// Silent unless stderr is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1 && !Diagnostics.quiet) {
        self.total = total
        self.enabled = enabled && total > 0
    }

    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line(done, elapsed: now.timeIntervalSince(start))).utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func line(_ done: Int, elapsed: TimeInterval) -> String {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return String(format: "%@ %d/%d  %.0f files/s  ETA %ds", bar, done, total, rate, Int(eta.rounded(.up)))
    }
}
