import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file or standard input one line at a time with memory bounded by the longest line.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(handle: FileHandle) { self.handle = handle }

    /// The next line without its terminator, or nil at the end of input.
    ///
    /// `beforeWaiting` runs when no complete line is buffered and no input is ready, just
    /// before the reader blocks: a stream flushes its pending results there, so a producer
    /// that waits for answers (a pipe step, an interactive session) is never stuck.
    func next(beforeWaiting: () -> Void = {}) -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<newline])
                if line.last == 0x0D { line.removeLast() }
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            buffer.removeSubrange(0..<start)
            start = 0
            if !inputReady() { beforeWaiting() }
            // availableData returns what one read(2) gives; readData(ofLength:) would wait
            // for the whole length and hold back results of a slow stream.
            let chunk = handle.availableData
            if chunk.isEmpty { atEnd = true } else { buffer += chunk }
        }
    }

    /// Whether a read would return at once (data or end of input).
    private func inputReady() -> Bool {
        var descriptor = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }
}
