/// Finds, in an expanded pattern, a `cue` group that every match must contain, so the
/// group alone can run first as a cheap, exact pre-filter:
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
    /// The group's body, or nil when the pattern does not qualify.
    /// `minPrefix`: bytes of pattern before the group below which a filter is not worth it.
    /// `maxBody`: a longer group (large word lists) costs about as much to scan as it saves
    /// (`source-verb` on PolNeAR: 264 ms without its 8 KB filter, 292 ms with it) and as much
    /// again to JIT-compile at start-up.
    static func body(of pattern: String, minPrefix: Int = 120, maxBody: Int = 4096) -> String? {
        let bytes = Array(pattern.utf8)
        let opener = Array("(?<cue>".utf8)
        var depth = 0
        var index = 0
        var cueStart: Int?, cueEnd: Int?
        var groupStarts: [Int] = []
        func at(_ offset: Int, _ text: String) -> Bool {
            let needle = Array(text.utf8)
            return offset + needle.count <= bytes.count && Array(bytes[offset..<offset + needle.count]) == needle
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { return nil }
                let next = bytes[index + 1]
                // Back-references, \K, \Q…\E, \G and \X-style escapes we do not reason about.
                if "gkKQGE123456789".utf8.contains(next) { return nil }
                index += 2
                continue
            case UInt8(ascii: "["):
                guard let end = classEnd(bytes, from: index) else { return nil }
                index = end
                continue
            case UInt8(ascii: "("):
                if at(index, "(*") { return nil }  // verbs: (*SKIP), (*ACCEPT), …
                if at(index, "(?") {
                    let next = index + 2 < bytes.count ? bytes[index + 2] : 0
                    // Recursion, subroutine calls, conditionals, named back-references, comments, callouts.
                    if "R&+()P#C0123456789".utf8.contains(next) { return nil }
                    if next == UInt8(ascii: "-"), index + 3 < bytes.count, (0x30...0x39).contains(bytes[index + 3]) { return nil }
                    // An inline option setting `(?i)` changes the rest of its group: refuse at top level.
                    if let close = inlineOptionsEnd(bytes, from: index + 2) {
                        if depth == 0 { return nil }
                        index = close + 1
                        continue
                    }
                    if at(index, "(?x") || at(index, "(?^") { return nil }
                }
                if depth == 0, at(index, "(?<cue>") {
                    guard cueStart == nil else { return nil }
                    cueStart = index
                }
                groupStarts.append(index)
                depth += 1
            case UInt8(ascii: ")"):
                guard let start = groupStarts.popLast() else { return nil }
                depth -= 1
                if depth == 0, start == cueStart { cueEnd = index }
            case UInt8(ascii: "|"):
                if depth == 0 { return nil }
            default:
                break
            }
            index += 1
        }
        guard depth == 0, let start = cueStart, let end = cueEnd, start >= minPrefix,
            end - start - opener.count <= maxBody
        else { return nil }
        // The group must not be optional or repeated.
        if end + 1 < bytes.count, "?*+{".utf8.contains(bytes[end + 1]) { return nil }
        return String(decoding: bytes[(start + opener.count)..<end], as: UTF8.self)
    }

    /// The index just past a character class starting at `start` (`[`), nil if unterminated.
    private static func classEnd(_ bytes: [UInt8], from start: Int) -> Int? {
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
    private static func inlineOptionsEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count, "imnsxJU-^".utf8.contains(bytes[index]) { index += 1 }
        guard index > start, index < bytes.count, bytes[index] == UInt8(ascii: ")") else { return nil }
        return index
    }
}
