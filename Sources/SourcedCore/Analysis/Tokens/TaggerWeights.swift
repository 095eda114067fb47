import Foundation

/// The tagger's weights: feature hash → sparse per-tag integer weights, in an open-addressing
/// table (one multiply and usually one probe per feature). Read from bytes, not `String`s:
/// the file is part of every start-up.
struct TaggerWeights: Sendable {
    let tags: [String]
    /// A feature's key and its entries' range: one cache line holds four slots.
    private struct Slot {
        var key: UInt64 = 0
        var start: Int32 = 0
        /// -1: an empty slot.
        var count: Int32 = -1
    }
    private let slots: [Slot]
    /// Per entry, the tag in the low 5 bits and the weight above them.
    private let entries: [Int32]
    private let shift: UInt64

    /// Parses `tags<TAB>ADJ ADP …` then lines `<16 hex digits><TAB>tag=weight …` (none: a known word
    /// whose weights were all pruned); `#` lines are comments.
    init(contentsOf path: String) throws(RuleError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(file: path, reason: "cannot read file") }
        var tags: [String] = []
        var features: [UInt64] = []
        var starts: [Int32] = []
        var entries: [Int32] = []
        let failure: String? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var number = 0
            var lineStart = 0
            features.reserveCapacity(bytes.count / 30)
            starts.reserveCapacity(bytes.count / 30)
            entries.reserveCapacity(bytes.count / 8)
            while lineStart < bytes.count {
                number += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
                if tags.isEmpty {
                    let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
                    guard line.hasPrefix("tags\t") else { return "line \(number): expected the tags line first" }
                    tags = line.dropFirst(5).split(separator: " ").map(String.init)
                    continue
                }
                guard lineEnd - lineStart >= 17, bytes[lineStart + 16] == 0x09, let key = Self.hex(bytes, lineStart, lineStart + 16) else {
                    return "line \(number): expected a 16-digit feature hash and a tab"
                }
                features.append(key)
                starts.append(Int32(entries.count))
                var index = lineStart + 17
                while index < lineEnd {
                    guard let (tag, weight, next) = Self.pair(bytes, index, lineEnd), Int(tag) < tags.count else {
                        return "line \(number): expected tag=weight pairs"
                    }
                    entries.append(Int32(tag) | weight << 5)
                    index = next
                }
            }
            return nil
        }
        if let failure { throw .unreadable(file: path, reason: failure) }
        guard !tags.isEmpty else { throw .unreadable(file: path, reason: "no tags line") }
        guard tags.count <= 32 else { throw .unreadable(file: path, reason: "more than 32 tags") }
        starts.append(Int32(entries.count))
        var bits: UInt64 = 4
        while (1 << bits) < max(16, features.count * 2) { bits += 1 }
        let capacity = 1 << Int(bits)
        var slots = [Slot](repeating: Slot(), count: capacity)
        for (index, key) in features.enumerated() {
            var slot = Self.slot(key, 64 - bits)
            while slots[slot].count >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(key: key, start: starts[index], count: starts[index + 1] - starts[index])
        }
        self.tags = tags
        self.slots = slots
        self.entries = entries
        shift = 64 - bits
    }

    @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Sets `scores` to the sums of the weights of `keys`: every slot is found before any is
    /// read, so the cache misses of a token's features overlap.
    func set(_ scores: inout [Int32], to keys: UnsafeBufferPointer<UInt64>) {
        for tag in scores.indices { scores[tag] = 0 }
        withUnsafeTemporaryAllocation(of: Slot.self, capacity: keys.count) { found in
            for (index, key) in keys.enumerated() { found[index] = slot(key) }
            for slot in found where slot.count > 0 {
                for index in Int(slot.start)..<Int(slot.start + slot.count) {
                    let entry = entries[index]
                    scores[Int(entry & 31)] &+= entry >> 5
                }
            }
        }
    }

    /// The tag of feature `key`'s first entry, nil when the table lacks it.
    func firstTag(_ key: UInt64) -> Int? {
        let found = slot(key)
        return found.count > 0 ? Int(entries[Int(found.start)] & 31) : nil
    }

    /// Whether the table holds feature `key`.
    func contains(_ key: UInt64) -> Bool { slot(key).count >= 0 }

    /// The slot of `key`, or an empty one.
    @inline(__always) private func slot(_ key: UInt64) -> Slot {
        let last = slots.count - 1
        var index = Self.slot(key, shift)
        while true {
            let slot = slots[index]
            if slot.count < 0 || slot.key == key { return slot }
            index = (index + 1) & last
        }
    }

    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
        var value: UInt64 = 0
        var invalid: UInt8 = 0
        for index in start..<end {
            // Branch-free: 82,000 keys are read at every start-up.
            let byte = bytes[index]
            let decimal = byte &- 0x30
            let letter = byte &- 0x61
            let digit = decimal < 10 ? decimal : (letter < 6 ? letter &+ 10 : 0xFF)
            invalid |= digit & 0xF0
            value = value << 4 | UInt64(digit & 0x0F)
        }
        return invalid == 0 ? value : nil
    }

    /// `tag=weight` at `start`, and where the next pair starts.
    private static func pair(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (UInt8, Int32, Int)? {
        var index = start
        var tag = 0
        while index < end, (0x30...0x39).contains(bytes[index]), tag < 256 {
            tag = tag * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        guard index > start, tag < 256, index < end, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        let negative = index < end && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let digits = index
        var weight: Int32 = 0
        // Weights share an Int32 with their tag: 26 bits and a sign.
        while index < end, (0x30...0x39).contains(bytes[index]), weight < 1 << 26 {
            weight = weight * 10 + Int32(bytes[index] - 0x30)
            index += 1
        }
        guard index > digits, weight < 1 << 26, index == end || bytes[index] == 0x20 else { return nil }
        return (UInt8(tag), negative ? -weight : weight, index == end ? end : index + 1)
    }
}
