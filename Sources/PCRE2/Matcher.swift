import CPCRE2

/// One match: the byte ranges of group 0 and each capturing group, relative to
/// the start of the subject given to `Matcher.firstMatch`.
package struct Match: Sendable, Equatable {
    package let ranges: [Range<Int>?]
    /// The whole match.
    package var range: Range<Int> { ranges[0]! }
    package subscript(group: Int) -> Range<Int>? { group < ranges.count ? ranges[group] : nil }

    /// A match mapped onto another subject (a token pattern's match onto its sentence).
    package init(ranges: [Range<Int>?]) { self.ranges = ranges }
}

/// Per-thread match state: match data, a match context with limits and a JIT stack.
///
/// Not thread-safe: create one per worker and reuse it for every match.
package final class Matcher {
    private let context: OpaquePointer
    private let jitStack: OpaquePointer?
    private var data: OpaquePointer
    private var dataPairs: Int
    /// The offset limit set in `context` (PCRE2_UNSET when none).
    private var offsetLimit: Int
    /// What the `(?C1)` callout refuses; the context points at it while it has ranges.
    private let refusal = Refusal()
    private var calloutSet = false

    /// - Parameters:
    ///   - matchLimit: PCRE2's match limit; exceeding it throws `limitExceeded`.
    ///   - depthLimit: PCRE2's backtracking depth limit (interpreter only).
    package init(matchLimit: UInt32 = 200_000, depthLimit: UInt32 = 10_000) {
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, matchLimit)
        pcre2_set_depth_limit_8(context, depthLimit)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
        if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
        dataPairs = 16
        data = pcre2_match_data_create_8(UInt32(dataPairs), nil)
        offsetLimit = cpcre2_unset()
    }

    deinit {
        pcre2_match_data_free_8(data)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(context)
    }

    /// The first match of `pattern` in `subject` at or after byte `start`.
    ///
    /// `subject` must be valid UTF-8 (the caller validates once per document;
    /// PCRE2's own check is skipped for speed). With `limit` (the pattern must use
    /// `.offsetLimit`), only matches starting at or before byte `limit` are found.
    package func firstMatch(
        _ pattern: Pattern, in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0, limit: Int? = nil
    ) throws(PCRE2Error) -> Match? {
        let rc = try run(pattern, subject, start, limit)
        guard rc > 0 else { return nil }
        let ovector = pcre2_get_ovector_pointer_8(data)!
        let unset = cpcre2_unset()
        var ranges: [Range<Int>?] = []
        ranges.reserveCapacity(pattern.captureCount + 1)
        for group in 0...pattern.captureCount {
            let lower = ovector[2 * group]
            let upper = ovector[2 * group + 1]
            ranges.append(lower == unset || group >= rc && group > 0 ? nil : lower..<upper)
        }
        return Match(ranges: ranges)
    }

    /// Every non-overlapping match of `pattern` in `subject` (starting at or before `limit`).
    ///
    /// With `refusing` ranges, a pattern ending in the callout `(?C1)` refuses, while matching,
    /// every match whose `group` (the first of `groups` that is set, else the whole match)
    /// overlaps one of them: PCRE2 backtracks and goes on to the next candidate, as if that
    /// match did not exist. Ranges are in subject offsets. Candidates PCRE2 never tries, because
    /// of its optimisations (pcre2callout(3), "Missing callouts"), are not found either.
    package func allMatches(
        _ pattern: Pattern, in subject: UnsafeBufferPointer<UInt8>, limit: Int? = nil,
        refusing ranges: [Range<Int>] = [], groups: [Int] = []
    ) throws(PCRE2Error) -> [Match] {
        refuse(ranges, groups: groups)
        defer { refuse([], groups: []) }
        var matches: [Match] = []
        var position = 0
        while position <= subject.count, let match = try firstMatch(pattern, in: subject, from: position, limit: limit) {
            matches.append(match)
            let end = match.range.upperBound
            // An empty match must still advance, by one whole UTF-8 character.
            position = end > match.range.lowerBound ? end : Self.nextCharacter(after: end, in: subject)
        }
        return matches
    }

    /// The end of the last of the non-overlapping matches of `pattern` in `subject`, nil if none.
    /// No match of `pattern` starts after it. Builds no `Match`.
    package func lastMatchEnd(_ pattern: Pattern, in subject: UnsafeBufferPointer<UInt8>) throws(PCRE2Error) -> Int? {
        var last: Int?
        var position = 0
        while position <= subject.count {
            guard try run(pattern, subject, position, nil) > 0 else { break }
            let ovector = pcre2_get_ovector_pointer_8(data)!
            let lower = ovector[0]
            let upper = ovector[1]
            last = upper
            position = upper > lower ? upper : Self.nextCharacter(after: upper, in: subject)
        }
        return last
    }

    private func refuse(_ ranges: [Range<Int>], groups: [Int]) {
        refusal.ranges = ranges
        refusal.groups = groups
        let wanted = !ranges.isEmpty
        guard wanted != calloutSet else { return }
        pcre2_set_callout_8(context, wanted ? refusalCallout : nil, wanted ? Unmanaged.passUnretained(refusal).toOpaque() : nil)
        calloutSet = wanted
    }

    /// Runs one match; returns PCRE2's positive result code, or 0 for no match.
    private func run(
        _ pattern: Pattern, _ subject: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int?
    ) throws(PCRE2Error) -> Int32 {
        ensureCapacity(pattern.captureCount + 1)
        let wanted = pattern.usesOffsetLimit ? (limit ?? cpcre2_unset()) : cpcre2_unset()
        if wanted != offsetLimit {
            pcre2_set_offset_limit_8(context, wanted)
            offsetLimit = wanted
        }
        let base = subject.baseAddress ?? UnsafePointer(bitPattern: 1)!
        let rc =
            pattern.isJITCompiled
            ? pcre2_jit_match_8(pattern.code, base, subject.count, start, UInt32(PCRE2_NO_UTF_CHECK), data, context)
            : pcre2_match_8(pattern.code, base, subject.count, start, UInt32(PCRE2_NO_UTF_CHECK), data, context)
        if rc == PCRE2_ERROR_NOMATCH { return 0 }
        if rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT
            || rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT
        {
            throw .limitExceeded(message: PCRE2Error.message(for: rc))
        }
        if rc < 0 { throw .match(code: rc, message: PCRE2Error.message(for: rc)) }
        return rc
    }

    private static func nextCharacter(after index: Int, in subject: UnsafeBufferPointer<UInt8>) -> Int {
        var next = index + 1
        while next < subject.count, subject[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    private func ensureCapacity(_ pairs: Int) {
        guard pairs > dataPairs else { return }
        pcre2_match_data_free_8(data)
        dataPairs = pairs
        data = pcre2_match_data_create_8(UInt32(pairs), nil)
    }
}

/// The ranges a match's group must not overlap (see `Matcher.allMatches`).
private final class Refusal {
    var ranges: [Range<Int>] = []
    var groups: [Int] = []
}

/// PCRE2 calls this at `(?C1)`, the end of a would-be match: a nonzero result makes the
/// matcher backtrack as if that point had failed.
private func refusalCallout(_ block: UnsafeMutablePointer<pcre2_callout_block_8>?, _ data: UnsafeMutableRawPointer?) -> Int32 {
    guard let block, let data else { return 0 }
    let refusal = Unmanaged<Refusal>.fromOpaque(data).takeUnretainedValue()
    let state = block.pointee
    var lower = Int(state.start_match)
    var upper = Int(state.current_position)
    let unset = cpcre2_unset()
    for group in refusal.groups where group < Int(state.capture_top) {
        let start = state.offset_vector[2 * group]
        guard start != unset else { continue }
        lower = start
        upper = state.offset_vector[2 * group + 1]
        break
    }
    return refusal.ranges.contains { $0.lowerBound < upper && lower < $0.upperBound } ? 1 : 0
}
