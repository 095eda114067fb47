import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file or standard input one line at a time, in time linear in the input and with
/// memory bounded by `maxBytes` (plus one read): a longer line is skipped to its end and
/// reported by its length, never held whole.
final class LineReader {
    enum Line: Equatable {
        /// A line without its terminator.
        case text([UInt8])
        /// A line longer than `maxBytes`, skipped; the bytes it had.
        case tooLong(bytes: Int)
    }

    static let chunkSize = 1 << 16

    private let descriptor: Int32
    private let maxBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next newline resumes: bytes before it hold none.
    private var scanned = 0
    /// Bytes of an over-long line already dropped.
    private var skipped: Int?
    private var atEnd = false

    init(handle: FileHandle, maxBytes: Int = .max) {
        descriptor = handle.fileDescriptor
        self.maxBytes = maxBytes
    }

    /// The next line, or nil at the end of input.
    ///
    /// `beforeWaiting` runs when no complete line is buffered and no input is ready, just
    /// before the reader blocks: a stream flushes its pending results there, so a producer
    /// that waits for answers (a pipe step, an interactive session) is never stuck.
    func next(beforeWaiting: () -> Void = {}) -> Line? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                return take(upTo: newline, next: newline + 1)
            }
            scanned = buffer.count
            if buffer.count - start > maxBytes {
                skipped = (skipped ?? 0) + buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if atEnd {
                guard start < buffer.count || skipped != nil else { return nil }
                return take(upTo: buffer.count, next: buffer.count)
            }
            if start > 0 {
                buffer.removeSubrange(0..<start)
                scanned -= start
                start = 0
            }
            if !inputReady() { beforeWaiting() }
            read()
        }
    }

    private func take(upTo end: Int, next: Int) -> Line {
        defer {
            start = next
            scanned = next
            skipped = nil
        }
        if let skipped { return .tooLong(bytes: skipped + end - start) }
        if end - start > maxBytes { return .tooLong(bytes: end - start) }
        var line = Array(buffer[start..<end])
        if line.last == 0x0D { line.removeLast() }
        return .text(line)
    }

    /// One read(2): what is there now, so a slow stream's lines are not held back.
    private func read() {
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var count: Int
        repeat {
            count = Glibc.read(descriptor, &chunk, chunk.count)
        } while count < 0 && errno == EINTR
        if count <= 0 {
            atEnd = true
        } else {
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// Whether a read would return at once (data or end of input).
    private func inputReady() -> Bool {
        var descriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }
}
