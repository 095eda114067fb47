/// Stable fingerprints for findings: the same finding gets the same value on every run,
/// machine and Swift version (`Hasher` is seeded per process, so it cannot be used).
package enum Fingerprint {
    /// 64-bit FNV-1a over the parts joined with NUL, as 16 lowercase hex digits.
    package static func make(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = (hash ^ 0) &* 0x100_0000_01b3 }
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Sentence text with runs of whitespace collapsed, so re-wrapping a paragraph keeps
    /// its fingerprints.
    package static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
