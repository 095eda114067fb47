/// FNV-1a over ASCII-lower-cased bytes (the tokenizer feeds it letters only).
enum WordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var value = offset
        for byte in bytes { value = step(value, byte) }
        return value
    }

    @inline(__always) static func step(_ value: UInt64, _ byte: UInt8) -> UInt64 {
        (value ^ UInt64(byte.asciiLowercased)) &* prime
    }
}

/// Word hash → lexicon masks, as an open-addressing table: one multiply and usually one probe
/// per word of every sentence (a `Dictionary` would run SipHash on each).
struct WordGateTable: Sendable {
    struct Masks: Sendable {
        var gate: UInt64 = 0
        var cue: UInt64 = 0
        var isEmpty: Bool { gate == 0 && cue == 0 }
    }

    private let keys: [UInt64]
    private let masks: [Masks]
    private let shift: UInt64

    init(_ entries: [UInt64: Masks]) {
        var bits: UInt64 = 4
        while (1 << bits) < max(16, entries.count * 4) { bits += 1 }
        let capacity = 1 << Int(bits)
        shift = 64 - bits
        var keys = [UInt64](repeating: 0, count: capacity)
        var masks = [Masks](repeating: Masks(), count: capacity)
        for (key, entry) in entries where !entry.isEmpty {
            var slot = Self.slot(key, shift)
            while !masks[slot].isEmpty { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            masks[slot] = entry
        }
        self.keys = keys
        self.masks = masks
    }

    @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The lexicons whose entries start with the word of hash `key` (empty: none).
    @inline(__always) subscript(key: UInt64) -> Masks {
        let last = keys.count - 1
        var slot = Self.slot(key, shift)
        while true {
            let entry = masks[slot]
            if entry.isEmpty || keys[slot] == key { return entry }
            slot = (slot + 1) & last
        }
    }
}
