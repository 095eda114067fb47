/// Line and column lookup for byte offsets of a file, for display only.
public struct LineIndex: Sendable {
    private let lineStarts: [Int]
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        // A lone CR also ends a line (classic Mac files).
        if starts.count == 1, bytes.contains(UInt8(ascii: "\r")) {
            starts = [0]
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\r") {
                starts.append(index + 1)
            }
        }
        lineStarts = starts
        self.bytes = bytes
    }

    /// 1-based line of a byte offset.
    public func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// 1-based column of a byte offset, counted in Unicode scalars.
    public func column(of offset: Int) -> Int {
        let start = lineStarts[line(of: offset) - 1]
        var column = 1
        for index in start..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        return column
    }

    /// 1-based column of a byte offset, counted in UTF-16 code units (SARIF, GitHub, editors).
    public func utf16Column(of offset: Int) -> Int {
        let start = lineStarts[line(of: offset) - 1]
        var column = 1
        for index in start..<min(offset, bytes.count) {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 { column += byte >= 0xF0 ? 2 : 1 }
        }
        return column
    }
}
