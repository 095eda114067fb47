/// Escapes and character classes: a few known characters become exact text, anything else
/// counts as some character.
extension RequiredLiterals.Parser {
    mutating func escape() throws -> RequiredLiterals.Facts {
        guard index + 1 < bytes.count else { throw RequiredLiterals.Unsupported() }
        let next = bytes[index + 1]
        index += 2
        switch next {
        case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"),
            UInt8(ascii: "G"), UInt8(ascii: "K"):
            return .empty
        case UInt8(ascii: "t"): return RequiredLiterals.Facts(exact: [[0x09]], required: nil)
        case UInt8(ascii: "n"): return RequiredLiterals.Facts(exact: [[0x0A]], required: nil)
        case UInt8(ascii: "r"): return RequiredLiterals.Facts(exact: [[0x0D]], required: nil)
        case UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "x"), UInt8(ascii: "g"), UInt8(ascii: "k"):
            // \p{…}, \x{…}, \g{…}, \k<…>: skip the argument; the character is unknown.
            if index < bytes.count, [UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "'")].contains(bytes[index]) {
                let close: UInt8 =
                    bytes[index] == UInt8(ascii: "{")
                    ? UInt8(ascii: "}") : bytes[index] == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "'")
                while index < bytes.count, bytes[index] != close { index += 1 }
                index += 1
            } else if next == UInt8(ascii: "x") {
                while index < bytes.count, index < bytes.count, isHex(bytes[index]) { index += 1 }
            } else if index < bytes.count {
                index += 1  // \pL, \g1
            }
            return .anything
        case UInt8(ascii: "Q"), UInt8(ascii: "E"), UInt8(ascii: "c"), UInt8(ascii: "0"), UInt8(ascii: "o"),
            UInt8(ascii: "N"), UInt8(ascii: "C"), UInt8(ascii: "X"), UInt8(ascii: "R"):
            throw RequiredLiterals.Unsupported()
        default:
            // Letters and digits are classes or back-references; anything else is itself.
            let isAlnum = (0x30...0x39).contains(next) || (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)
            if isAlnum {
                while (0x30...0x39).contains(next), index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
                return .anything
            }
            if next >= 0x80 { throw RequiredLiterals.Unsupported() }
            return RequiredLiterals.Facts(exact: [[next.asciiLowercased]], required: nil)
        }
    }

    private func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// `[…]`: a few ASCII characters become an exact set, anything else is unknown.
    mutating func characterClass() throws -> RequiredLiterals.Facts {
        index += 1
        var negated = false
        if current == UInt8(ascii: "^") {
            negated = true
            index += 1
        }
        var members: Set<UInt8> = []
        var simple = true
        var first = true
        while let byte = current, byte != UInt8(ascii: "]") || first {
            first = false
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count else { throw RequiredLiterals.Unsupported() }
                let next = bytes[index + 1]
                let isAlnum = (0x30...0x39).contains(next) || (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)
                if isAlnum || next >= 0x80 { simple = false } else { members.insert(next.asciiLowercased) }
                index += 2
                if isAlnum, [UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "x")].contains(next), current == UInt8(ascii: "{") {
                    while let c = current, c != UInt8(ascii: "}") { index += 1 }
                    index += 1
                }
                continue
            }
            if byte == UInt8(ascii: "["), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":") {
                simple = false
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: "]")) { index += 1 }
                index += 2
                continue
            }
            if byte >= 0x80 { simple = false }
            if byte == UInt8(ascii: "-"), !members.isEmpty, index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "]") {
                simple = false  // a range
            }
            members.insert(byte.asciiLowercased)
            index += 1
        }
        guard current == UInt8(ascii: "]") else { throw RequiredLiterals.Unsupported() }
        index += 1
        guard simple, !negated, members.count <= 4 else { return .anything }
        return RequiredLiterals.Facts(exact: Set(members.map { [$0] }), required: nil)
    }
}
