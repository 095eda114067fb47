import CPCRE2

/// Compile-time options for a `Pattern`.
package struct PatternOptions: OptionSet, Sendable, Hashable {
    package let rawValue: UInt32
    package init(rawValue: UInt32) { self.rawValue = rawValue }

    package static let caseless = PatternOptions(rawValue: UInt32(PCRE2_CASELESS))
    package static let multiline = PatternOptions(rawValue: UInt32(PCRE2_MULTILINE))
    package static let dotAll = PatternOptions(rawValue: UInt32(PCRE2_DOTALL))
    package static let extended = PatternOptions(rawValue: UInt32(PCRE2_EXTENDED))
    /// Unicode properties for `\w`, `\b` and classes (slower; off by default).
    package static let ucp = PatternOptions(rawValue: UInt32(PCRE2_UCP))
    /// Allows `Matcher` to stop the search at an offset limit (`firstMatch(…, limit:)`).
    package static let offsetLimit = PatternOptions(rawValue: UInt32(PCRE2_USE_OFFSET_LIMIT))
}

/// A compiled, JIT-compiled PCRE2 pattern in UTF mode (`\C` refused), or in byte mode for
/// subjects known to be ASCII.
///
/// Immutable after creation and safe to share between threads; each thread
/// matches through its own `Matcher`.
package final class Pattern: @unchecked Sendable {
    let code: OpaquePointer
    /// The pattern text as given.
    package let source: String
    /// Number of capturing groups (group 0 not counted).
    package let captureCount: Int
    /// Named groups and their numbers.
    package let namedGroups: [String: Int]
    /// Whether JIT compilation succeeded (it can be unavailable on some platforms).
    package let isJITCompiled: Bool
    /// Whether the pattern was compiled with `.offsetLimit`.
    package let usesOffsetLimit: Bool
    /// Whether every match starts at the subject's start (`^` opens every branch).
    package var isAnchored: Bool { Self.info(code, UInt32(PCRE2_INFO_ALLOPTIONS)) & UInt32(PCRE2_ANCHORED) != 0 }

    /// `asciiSubject`: every subject is ASCII (a token encoding), so the pattern runs in byte
    /// mode, where `.` and classes read one byte without decoding UTF-8.
    package init(_ source: String, options: PatternOptions = [], asciiSubject: Bool = false) throws(PCRE2Error) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        // `\C` matches one byte, even inside a UTF-8 character: evidence spans would split one.
        let flags = options.rawValue | (asciiSubject ? 0 : UInt32(PCRE2_UTF)) | UInt32(PCRE2_NEVER_BACKSLASH_C)
        let compiled: OpaquePointer? = source.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: source.utf8.count) { bytes in
                pcre2_compile_8(bytes, source.utf8.count, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw .compile(message: PCRE2Error.message(for: errorCode), offset: errorOffset)
        }
        code = compiled
        self.source = source
        usesOffsetLimit = options.contains(.offsetLimit)
        isJITCompiled = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        captureCount = Int(Self.info(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT)))
        namedGroups = Self.names(compiled)
    }

    deinit { pcre2_code_free_8(code) }

    /// The number of a named group, if the pattern has it.
    package func group(named name: String) -> Int? { namedGroups[name] }

    private static func info(_ code: OpaquePointer, _ what: UInt32) -> UInt32 {
        var value: UInt32 = 0
        _ = pcre2_pattern_info_8(code, what, &value)
        return value
    }

    private static func names(_ code: OpaquePointer) -> [String: Int] {
        let count = Int(info(code, UInt32(PCRE2_INFO_NAMECOUNT)))
        guard count > 0 else { return [:] }
        let entrySize = Int(info(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE)))
        var table: UnsafePointer<UInt8>?
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return [:] }
        var result: [String: Int] = [:]
        for index in 0..<count {
            // Each entry: 2-byte big-endian group number, then the zero-terminated name.
            let entry = table + index * entrySize
            let number = Int(entry[0]) << 8 | Int(entry[1])
            result[String(cString: entry + 2)] = number
        }
        return result
    }
}
