/// The schema.org `articleBody` of a page's JSON-LD (`<script type="application/ld+json">`),
/// for pages whose HTML holds only a teaser and fill the article in by script. Decoded from
/// the JSON string with each byte's span in the source, so offsets still map back to the file.
struct JSONLDBody {
    /// One paragraph per line of the decoded string: bytes and where each came from.
    private(set) var paragraphs: [(bytes: [UInt8], starts: [Int], ends: [Int])] = []

    /// Decoded length of the first `"articleBody": "…"` in `script`, or nil.
    static func length(in script: [UInt8]) -> Int? {
        let origin = (starts: Array(script.indices), ends: script.indices.map { $0 + 1 })
        return JSONLDBody(script: script, origin: origin).map { $0.paragraphs.reduce(0) { $0 + $1.bytes.count } }
    }

    /// Reads the string after `"articleBody":`; `origin` maps each byte of `script` to the source.
    init?(script: [UInt8], origin: (starts: [Int], ends: [Int])) {
        guard let key = Self.find(Array("\"articleBody\"".utf8), in: script) else { return nil }
        var index = key
        while index < script.count, script[index] == 0x20 || script[index] == 0x3A || script[index] == 0x0A { index += 1 }
        guard index < script.count, script[index] == 0x22 else { return nil }
        index += 1
        var current: (bytes: [UInt8], starts: [Int], ends: [Int]) = ([], [], [])
        func emit(_ bytes: [UInt8], from start: Int, to end: Int) {
            current.bytes += bytes
            current.starts += Array(repeating: origin.starts[start], count: bytes.count)
            current.ends += Array(repeating: origin.ends[end - 1], count: bytes.count)
        }
        while index < script.count, script[index] != 0x22 {
            guard script[index] == 0x5C, index + 1 < script.count else {
                emit([script[index]], from: index, to: index + 1)
                index += 1
                continue
            }
            let escape = script[index + 1]
            switch escape {
            case UInt8(ascii: "n"), UInt8(ascii: "r"):
                if !current.bytes.isEmpty { paragraphs.append(current) }
                current = ([], [], [])
                index += 2
            case UInt8(ascii: "u"):
                guard let (scalar, width) = Self.unicodeEscape(script, at: index) else { return nil }
                emit(Array(String(Character(scalar)).utf8), from: index, to: index + width)
                index += width
            default:
                let byte = escape == UInt8(ascii: "t") ? 0x20 : escape
                emit([byte], from: index, to: index + 2)
                index += 2
            }
        }
        if !current.bytes.isEmpty { paragraphs.append(current) }
        guard !paragraphs.isEmpty else { return nil }
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, at `index`: the scalar and the escape's width.
    private static func unicodeEscape(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        func hex(_ at: Int) -> UInt32? {
            guard at + 6 <= bytes.count else { return nil }
            return UInt32(String(decoding: bytes[(at + 2)..<(at + 6)], as: UTF8.self), radix: 16)
        }
        guard let high = hex(index) else { return nil }
        if (0xD800..<0xDC00).contains(high), index + 12 <= bytes.count, bytes[index + 6] == 0x5C, let low = hex(index + 6),
            (0xDC00..<0xE000).contains(low)
        {
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)).map { ($0, 12) }
        }
        return (Unicode.Scalar(high) ?? "\u{FFFD}", 6)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start + needle.count }
        }
        return nil
    }
}
