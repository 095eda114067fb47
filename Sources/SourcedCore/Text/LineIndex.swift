/// Line and column lookup for byte offsets of a file, for display only.
///
/// Offsets are bytes of the original file, whatever its encoding; lines and columns count
/// characters of the text the user sees, so the index reads the bytes in the encoding
/// `TextDecoder` chose (UTF-8, UTF-16 LE/BE with a byte order mark, Windows-1252). A byte
/// order mark is not a column.
///
/// Lookups take constant time whatever the line's length: characters are counted from the
/// start of the text at a checkpoint every `stride` bytes, so a column is two counts of at
/// most `stride` bytes (a 2 MB one-line file used to rescan its line for every lookup).
package struct LineIndex: Sendable {
    static let stride = 512

    private let lineStarts: [Int]
    private let bytes: [UInt8]
    package let encoding: SourceEncoding
    /// Where counting starts (after a byte order mark).
    private let first: Int
    /// Characters (scalars, UTF-16 units) from `first` to `first + n * stride`.
    private let checkpoints: [(scalars: Int, utf16: Int)]

    /// Indexes `bytes`, read in the encoding `TextDecoder.decode` would choose for them.
    package init(_ bytes: [UInt8]) {
        self.init(bytes, encoding: SourceEncoding.detect(bytes))
    }

    package init(_ bytes: [UInt8], encoding: SourceEncoding) {
        self.bytes = bytes
        self.encoding = encoding
        let first = encoding.isUTF16 ? 2 : (bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        let step = encoding.isUTF16 ? 2 : 1
        var newlines: [Int] = []
        var returns: [Int] = []
        var index = first
        while index + step <= bytes.count {
            switch Self.unit(bytes, at: index, encoding) {
            case 0x0A: newlines.append(index + step)
            case 0x0D: returns.append(index + step)
            default: break
            }
            index += step
        }
        // A lone CR also ends a line (classic Mac files).
        lineStarts = [first] + (newlines.isEmpty ? returns : newlines)
        self.first = first
        var checkpoints = [(scalars: 0, utf16: 0)]
        var position = first
        while position + Self.stride <= bytes.count {
            let counted = Self.count(bytes, encoding, from: position, to: position + Self.stride)
            let last = checkpoints[checkpoints.count - 1]
            checkpoints.append((last.scalars + counted.scalars, last.utf16 + counted.utf16))
            position += Self.stride
        }
        self.checkpoints = checkpoints
    }

    /// 1-based line of a byte offset.
    package func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// 1-based column of a byte offset, counted in Unicode scalars.
    package func column(of offset: Int) -> Int {
        count(upTo: offset).scalars + 1
    }

    /// 1-based column of a byte offset, counted in UTF-16 code units (SARIF, GitHub, editors).
    package func utf16Column(of offset: Int) -> Int {
        count(upTo: offset).utf16 + 1
    }

    /// Characters between the start of `offset`'s line and `offset`.
    private func count(upTo offset: Int) -> (scalars: Int, utf16: Int) {
        let start = lineStarts[line(of: offset) - 1]
        let end = min(offset, bytes.count)
        guard start < end else { return (0, 0) }
        let (lineScalars, lineUTF16) = total(upTo: start)
        let (scalars, utf16) = total(upTo: end)
        return (scalars - lineScalars, utf16 - lineUTF16)
    }

    /// Characters from `first` to `offset`: a checkpoint plus less than `stride` bytes.
    private func total(upTo offset: Int) -> (scalars: Int, utf16: Int) {
        guard offset > first else { return (0, 0) }
        let checkpoint = min((offset - first) / Self.stride, checkpoints.count - 1)
        let position = first + checkpoint * Self.stride
        let rest = Self.count(bytes, encoding, from: position, to: offset)
        return (checkpoints[checkpoint].scalars + rest.scalars, checkpoints[checkpoint].utf16 + rest.utf16)
    }

    /// Characters in `start..<end`, which starts on a code unit boundary (`stride` is even).
    private static func count(_ bytes: [UInt8], _ encoding: SourceEncoding, from start: Int, to end: Int) -> (scalars: Int, utf16: Int) {
        var scalars = 0
        var utf16 = 0
        switch encoding {
        case .utf8:
            for index in start..<end where bytes[index] & 0xC0 != 0x80 {
                scalars += 1
                utf16 += bytes[index] >= 0xF0 ? 2 : 1
            }
        case .windows1252:
            scalars = end - start
            utf16 = end - start
        case .utf16LE, .utf16BE:
            var index = start
            while index + 2 <= end {
                // A low surrogate completes the scalar its high surrogate started.
                if !(0xDC00...0xDFFF).contains(unit(bytes, at: index, encoding)) { scalars += 1 }
                utf16 += 1
                index += 2
            }
        }
        return (scalars, utf16)
    }

    /// The code unit at `index`: one byte, or two in the file's byte order.
    private static func unit(_ bytes: [UInt8], at index: Int, _ encoding: SourceEncoding) -> UInt16 {
        switch encoding {
        case .utf16LE: return UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
        case .utf16BE: return UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
        case .utf8, .windows1252: return UInt16(bytes[index])
        }
    }
}
