/// Bounds a YAML text before it is composed: Yams composes nodes recursively, so a file
/// nested a few thousand levels deep (10 KB of `[[[[…` or `- - - …`) would overflow the
/// stack, on a worker thread much sooner. The scan is linear and needs no parser.
///
/// A line's depth is bounded above by its indentation in columns (each block level indents
/// at least one more column), plus one, plus the compact indicators on it (`- - x`), plus
/// the open flow brackets. Over-counting only refuses files indented past the limit; the
/// scan follows quotes, comments, block scalars and plain-scalar continuations so that text
/// inside them is not counted and cannot hide real brackets.
struct YAMLBounds {
    private var flowDepth = 0
    private var quote: UInt8?
    /// A node may start here (a quote, a bracket or a block scalar would open one).
    private var valueStart = true
    /// The indentation of the line that opened a block scalar (`|` or `>`), while inside it.
    private var blockScalarParent: Int?
    /// The indentation of the line whose plain scalar may continue on more indented lines.
    private var plainParent: Int?

    /// The 1-based line where nesting first exceeds `limit`, or nil. Lines end as the YAML
    /// parser ends them: LF, CR, CRLF, NEL, LS or PS (a lone CR starts a new line of `- - -`
    /// the parser nests, found by fuzzing).
    static func lineTooDeep(_ text: [UInt8], limit: Int) -> Int? {
        var bounds = YAMLBounds()
        var line = 1
        var start = 0
        while start < text.count {
            var end = start
            var breakLength = 0
            while end < text.count {
                breakLength = Self.lineBreak(text, at: end)
                if breakLength > 0 { break }
                end += 1
            }
            if bounds.scan(text[start..<end]) > limit { return line }
            line += 1
            start = end + max(breakLength, 1)
        }
        return nil
    }

    /// The length of the line break at `index`, 0 when there is none.
    private static func lineBreak(_ text: [UInt8], at index: Int) -> Int {
        switch text[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < text.count && text[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < text.count && text[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// Scans one line (without its newline) and returns its depth bound.
    private mutating func scan(_ line: ArraySlice<UInt8>) -> Int {
        let indent = line.prefix { $0 == 0x20 }.count
        let blank = line.dropFirst(indent).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        if let parent = blockScalarParent {
            if blank || indent > parent { return 0 }
            blockScalarParent = nil
        }
        let block = quote == nil && flowDepth == 0
        if block, !blank {
            if let parent = plainParent, indent > parent {
                valueStart = false
            } else {
                valueStart = true
                plainParent = nil
            }
        }
        var depth = block ? indent + 1 : 0
        var maximum = depth + flowDepth
        var index = line.startIndex + indent
        var afterSpace = true
        var plainText = false
        while index < line.endIndex {
            let byte = line[index]
            index += 1
            let next = index < line.endIndex ? line[index] : 0x20
            let separated = next == 0x20 || next == 0x09 || next == 0x0D
            defer { afterSpace = byte == 0x20 || byte == 0x09 }
            if let open = quote {
                if open == 0x22, byte == 0x5C {
                    index += 1
                } else if byte == open, open == 0x27, next == 0x27 {
                    index += 1
                } else if byte == open {
                    quote = nil
                    valueStart = false
                    plainText = false
                }
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0D:
                continue
            case 0x23 where afterSpace:  // `#` comment
                return maximum
            case _ where (byte == 0x22 || byte == 0x27) && valueStart:
                quote = byte
            case _ where (byte == 0x5B || byte == 0x7B) && (valueStart || flowDepth > 0):
                flowDepth += 1
                maximum = max(maximum, depth + flowDepth)
                valueStart = true
                plainText = false
                continue
            case _ where (byte == 0x5D || byte == 0x7D) && flowDepth > 0:
                flowDepth -= 1
                valueStart = false
                plainText = false
                continue
            case 0x2C where flowDepth > 0:
                valueStart = true
                continue
            case 0x3A where separated || (flowDepth > 0 && [0x2C, 0x5B, 0x7B, 0x5D, 0x7D].contains(next)):
                valueStart = true
                plainText = false
                continue
            case _ where (byte == 0x2D || byte == 0x3F) && valueStart && separated:
                if flowDepth == 0 { depth += 1 }
                maximum = max(maximum, depth + flowDepth)
                continue
            case _ where (byte == 0x7C || byte == 0x3E) && valueStart && flowDepth == 0:
                let rest = line[index...].drop { $0 == 0x2B || $0 == 0x2D || (0x30...0x39).contains($0) }
                if rest.first.map({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x23 }) ?? true {
                    blockScalarParent = indent
                    return maximum
                }
            case _ where (byte == 0x26 || byte == 0x21) && valueStart:  // an anchor or tag: a node still follows
                while index < line.endIndex, line[index] != 0x20 { index += 1 }
                continue
            default:
                break
            }
            if quote == nil { plainText = true }
            valueStart = false
        }
        if block || (quote == nil && flowDepth == 0) {
            plainParent = plainText && quote == nil && flowDepth == 0 ? (plainParent ?? indent) : nil
        }
        return maximum
    }
}
