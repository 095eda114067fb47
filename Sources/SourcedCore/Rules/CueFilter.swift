import PCRE2

/// Where a rule's cue can start: at a word of the lexicons `words` (the tokenizer's), or at a
/// match of `filter`. Empty: the rule's search is not bounded.
struct CueBound: Sendable {
    var lists: [String] = []
    var words: UInt64 = 0
    var filter: Pattern?

    static let none = CueBound()
    var isEmpty: Bool { words == 0 && filter == nil }
}

/// Finds, in a pattern, a `cue` group that every match must contain, so the group alone can
/// run first as a cheap, exact pre-filter (its word-list alternatives are found by the
/// tokenizer instead, see `CueBound`):
///
/// - no match of the group anywhere in the sentence: the rule cannot match, skip it;
/// - otherwise a match of the rule starts at or before its cue, so no match can start after
///   the end of the group's last match: the rule's search stops there (PCRE2's offset limit).
///
/// Only patterns whose group is provably mandatory are accepted: the group sits at the top
/// level (not inside a group, lookaround or alternation), is not quantified, and the pattern
/// has no top-level `|`, back-reference, recursion, verb, `\K`, `\Q`, conditional, inline
/// option change or extended mode that could change what the group means alone.
enum CueFilter {
    /// A pattern split at its cue group: what comes before, the group's body, what comes after.
    struct Split {
        var prefix: String
        var body: String
        var tail: String
    }

    /// The pattern split at its cue group, or nil when the pattern does not qualify.
    /// `{{name}}` references are read as opaque words, so a pattern may be split before they
    /// are expanded.
    static func split(_ pattern: String) -> Split? {
        var scanner = CueGroupScanner(bytes: Array(pattern.utf8))
        guard let group = scanner.cueGroup() else { return nil }
        let text = { (range: Range<Int>) in String(decoding: scanner.bytes[range], as: UTF8.self) }
        return Split(
            prefix: text(0..<group.lowerBound), body: text(group.lowerBound + CueGroupScanner.opener.count..<group.upperBound),
            tail: text(group.upperBound + 1..<scanner.bytes.count))
    }

    /// Whether a group of no word list is worth running alone (sizes of the expanded pattern).
    /// `minPrefix`: bytes of pattern before the group below which a filter is not worth it.
    /// `maxBody`: a longer group (large word lists) costs about as much to scan as it saves
    /// (`source-verb` on PolNeAR: 264 ms without its 8 KB filter, 292 ms with it) and as much
    /// again to JIT-compile at start-up.
    static func isWorthFiltering(prefix: Int, body: Int, minPrefix: Int = 120, maxBody: Int = 4096) -> Bool {
        prefix >= minPrefix && body <= maxBody
    }

    /// The group's body when it is worth running alone, or nil.
    static func body(of pattern: String, minPrefix: Int = 120, maxBody: Int = 4096) -> String? {
        guard let split = split(pattern),
            isWorthFiltering(prefix: split.prefix.utf8.count, body: split.body.utf8.count, minPrefix: minPrefix, maxBody: maxBody)
        else { return nil }
        return split.body
    }

    /// The top-level alternatives of a group body: split at each `|` outside groups,
    /// character classes, escapes and `{{…}}` references.
    static func alternatives(of body: String) -> [Substring] {
        let bytes = Array(body.utf8)
        var cuts: [Int] = []
        var depth = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): index = (classEnd(bytes, from: index) ?? bytes.count) - 1
            case UInt8(ascii: "{"): index = (referenceEnd(bytes, from: index) ?? index + 1) - 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth -= 1
            case UInt8(ascii: "|") where depth == 0: cuts.append(index)
            default: break
            }
            index += 1
        }
        var pieces: [Substring] = []
        var start = body.utf8.startIndex
        for cut in cuts {
            let end = body.utf8.index(body.utf8.startIndex, offsetBy: cut)
            pieces.append(body[start..<end])
            start = body.utf8.index(after: end)
        }
        pieces.append(body[start...])
        return pieces
    }

    /// The index just past a `{{name}}` or `{{a|b}}` reference starting at `start`, nil if
    /// there is none there.
    fileprivate static func referenceEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard bytes[start...].starts(with: "{{".utf8) else { return nil }
        var index = start + 2
        while index < bytes.count, bytes[index].isASCIILetter || "0123456789-_| ".utf8.contains(bytes[index]) { index += 1 }
        guard index > start + 2, bytes[index...].starts(with: "}}".utf8) else { return nil }
        return index + 2
    }

    /// Walks a pattern once, tracking group depth, and finds its one top-level `(?<cue>…)`.
    private struct CueGroupScanner {
        static let opener = Array("(?<cue>".utf8)
        let bytes: [UInt8]
        var index = 0
        var groupStarts: [Int] = []
        var cue: Range<Int>?
        var cueStart: Int?

        /// From the group's `(` to its `)`; nil when the pattern does not qualify.
        mutating func cueGroup() -> Range<Int>? {
            while index < bytes.count {
                guard step() else { return nil }
            }
            guard groupStarts.isEmpty, let cue else { return nil }
            // The group must not be optional or repeated.
            if cue.upperBound + 1 < bytes.count, "?*+{".utf8.contains(bytes[cue.upperBound + 1]) { return nil }
            return cue
        }

        /// Reads one construct; false rejects the pattern.
        private mutating func step() -> Bool {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { return false }
                // Back-references, \K, \Q…\E, \G and \X-style escapes we do not reason about.
                if "gkKQGE123456789".utf8.contains(bytes[index + 1]) { return false }
                index += 2
                return true
            case UInt8(ascii: "["):
                guard let end = CueFilter.classEnd(bytes, from: index) else { return false }
                index = end
                return true
            case UInt8(ascii: "{"):
                // A word-list or fragment reference (`{{a|b}}`) is one opaque item.
                index = CueFilter.referenceEnd(bytes, from: index) ?? index + 1
                return true
            case UInt8(ascii: "("):
                return open()
            case UInt8(ascii: ")"):
                guard let start = groupStarts.popLast() else { return false }
                if groupStarts.isEmpty, start == cueStart { cue = start..<index }
            case UInt8(ascii: "|"):
                if groupStarts.isEmpty { return false }
            default:
                break
            }
            index += 1
            return true
        }

        /// A `(`: a group we can follow, an inline option setting inside a group, or a
        /// construct that rejects the pattern.
        private mutating func open() -> Bool {
            if at("(*") { return false }  // verbs: (*SKIP), (*ACCEPT), …
            if at("(?") {
                let next = index + 2 < bytes.count ? bytes[index + 2] : 0
                // Recursion, subroutine calls, conditionals, named back-references, comments, callouts.
                if "R&+()P#C0123456789".utf8.contains(next) { return false }
                if next == UInt8(ascii: "-"), index + 3 < bytes.count, (0x30...0x39).contains(bytes[index + 3]) { return false }
                // An inline option setting `(?i)` changes the rest of its group: refuse at top level.
                if let close = CueFilter.inlineOptionsEnd(bytes, from: index + 2) {
                    guard !groupStarts.isEmpty else { return false }
                    index = close + 1
                    return true
                }
                if at("(?x") || at("(?^") { return false }
            }
            if groupStarts.isEmpty, bytes[index...].starts(with: Self.opener) {
                guard cueStart == nil else { return false }
                cueStart = index
            }
            groupStarts.append(index)
            index += 1
            return true
        }

        private func at(_ text: StaticString) -> Bool {
            bytes[index...].starts(with: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
    }

    /// The index just past a character class starting at `start` (`[`), nil if unterminated.
    fileprivate static func classEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "^") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }  // a leading ] is literal
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 2
            case UInt8(ascii: "["):
                // POSIX class [:alpha:] inside a class.
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":") {
                    var end = index + 2
                    while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: ":") && bytes[end + 1] == UInt8(ascii: "]")) { end += 1 }
                    guard end + 1 < bytes.count else { return nil }
                    index = end + 2
                } else {
                    index += 1
                }
            case UInt8(ascii: "]"):
                return index + 1
            default:
                index += 1
            }
        }
        return nil
    }

    /// For `(?` followed by option letters and `)` (an option setting, not a group), the
    /// index of that `)`.
    fileprivate static func inlineOptionsEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count, "imnsxJU-^".utf8.contains(bytes[index]) { index += 1 }
        guard index > start, index < bytes.count, bytes[index] == UInt8(ascii: ")") else { return nil }
        return index
    }
}
