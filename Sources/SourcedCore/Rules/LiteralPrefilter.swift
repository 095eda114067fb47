/// One pass over a sentence tells which rules' required literals (`RequiredLiterals`) and `contains`
/// literals it holds: an Aho–Corasick automaton over ASCII-lower-cased bytes, built once per pack,
/// so a rule whose literals are all absent is skipped without running its pattern.
struct LiteralPrefilter: Sendable {
    /// Literal sets up to this index can be gated.
    static let capacity = RuleBits.capacity

    /// A pack's bits: rule `i` of `n` has its required literals at bit `i` and its `contains`
    /// literals at bit `n + i`.
    static func containsBit(ofRule index: Int, in count: Int) -> Int { count + index }

    private let classes: [UInt8]
    private let classCount: Int
    private let delta: [Int32]
    /// Per state, an index into `outputs` (0: no rule's literal ends here).
    private let outputIndex: [Int32]
    private let outputs: [RuleBits]
    let isEmpty: Bool

    /// `literals[i]`: the literal set reported as bit `i`, nil when there is none.
    init(literals: [[[UInt8]]?]) {
        let sets = literals.prefix(Self.capacity).map { $0 ?? [] }
        let (classes, count) = Self.byteClasses(sets)
        self.classes = classes
        classCount = count
        var (next, bits) = Self.trie(sets, classes: classes, classCount: count)
        Self.addFailureLinks(&next, &bits, classCount: count)
        delta = next
        var outputs: [RuleBits] = [RuleBits()]
        var index: [RuleBits: Int32] = [RuleBits(): 0]
        outputIndex = bits.map { set in
            if let known = index[set] { return known }
            outputs.append(set)
            index[set] = Int32(outputs.count - 1)
            return Int32(outputs.count - 1)
        }
        self.outputs = outputs
        isEmpty = bits.count == 1
    }

    /// One class per byte that occurs in a literal (upper case shares its lower-case class),
    /// class 0 for every other byte: the transition table stays narrow.
    private static func byteClasses(_ sets: [[[UInt8]]]) -> (classes: [UInt8], count: Int) {
        var classes = [UInt8](repeating: 0, count: 256)
        var count = 1
        for literal in sets.joined() {
            for byte in literal where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(count)
                count += 1
            }
        }
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { classes[Int(upper)] = classes[Int(upper | 0x20)] }
        return (classes, count)
    }

    /// The trie of every literal: transitions (-1: none yet) and the rules ending at each state.
    private static func trie(_ sets: [[[UInt8]]], classes: [UInt8], classCount: Int) -> (next: [Int32], bits: [RuleBits]) {
        var next: [Int32] = Array(repeating: -1, count: classCount)
        var bits: [RuleBits] = [RuleBits()]
        for (rule, set) in sets.enumerated() {
            for literal in set {
                var state = 0
                for byte in literal {
                    let slot = state * classCount + Int(classes[Int(byte)])
                    if next[slot] < 0 {
                        next[slot] = Int32(bits.count)
                        next.append(contentsOf: repeatElement(-1, count: classCount))
                        bits.append(RuleBits())
                    }
                    state = Int(next[slot])
                }
                bits[state].insert(rule)
            }
        }
        return (next, bits)
    }

    /// Failure links breadth-first: every missing transition is filled in (a full automaton)
    /// and each state also reports the rules of the literals that end inside it.
    private static func addFailureLinks(_ next: inout [Int32], _ bits: inout [RuleBits], classCount: Int) {
        var fail = [Int](repeating: 0, count: bits.count)
        var queue: [Int] = []
        for symbol in 0..<classCount {
            if next[symbol] < 0 { next[symbol] = 0 } else { queue.append(Int(next[symbol])) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            bits[state].formUnion(bits[fail[state]])
            for symbol in 0..<classCount {
                let slot = state * classCount + symbol
                let target = next[fail[state] * classCount + symbol]
                if next[slot] < 0 {
                    next[slot] = target
                } else {
                    fail[Int(next[slot])] = Int(target)
                    queue.append(Int(next[slot]))
                }
            }
        }
    }

    /// The rules whose literals occur in `text`.
    func scan(_ text: UnsafeBufferPointer<UInt8>) -> RuleBits {
        var found = RuleBits()
        guard !isEmpty else { return found }
        var state = 0
        for (offset, byte) in text.enumerated() {
            // U+017F (ſ) and U+212A (K) match s and k caselessly in UTF mode: admit every rule.
            if byte == 0xBF || byte == 0xAA, Self.isFoldingTrap(text, at: offset) { return .all }
            state = Int(delta[state &* classCount &+ Int(classes[Int(byte)])])
            let output = outputIndex[state]
            if output != 0 { found.formUnion(outputs[Int(output)]) }
        }
        return found
    }

    static func isFoldingTrap(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        if text[offset] == 0xBF { return offset >= 1 && text[offset - 1] == 0xC5 }
        return offset >= 2 && text[offset - 1] == 0x84 && text[offset - 2] == 0xE2
    }
}

/// A set of rule indices below `capacity`, kept inline (no allocation per sentence).
struct RuleBits: Hashable, Sendable {
    static let capacity = 256
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static let all: RuleBits = {
        var bits = RuleBits()
        bits.words = (.max, .max, .max, .max)
        return bits
    }()

    mutating func insert(_ index: Int) {
        let bit: UInt64 = 1 << UInt64(index & 63)
        switch index >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    func contains(_ index: Int) -> Bool {
        let bit: UInt64 = 1 << UInt64(index & 63)
        switch index >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    mutating func formUnion(_ other: RuleBits) {
        words.0 |= other.words.0
        words.1 |= other.words.1
        words.2 |= other.words.2
        words.3 |= other.words.3
    }

    static func == (a: RuleBits, b: RuleBits) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
