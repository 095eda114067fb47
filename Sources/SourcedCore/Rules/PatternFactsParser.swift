extension RequiredLiterals {
    /// Reads a PCRE2 pattern into `Facts`: what its matches must hold. Throws `Unsupported`
    /// for anything it does not understand, and the rule then runs without a gate.
    struct Parser {
        let bytes: [UInt8]
        var index = 0
        var caseless: Bool
        let references: [String: Facts?]

        init(bytes: [UInt8], caseless: Bool, references: [String: Facts?] = [:]) {
            self.bytes = bytes
            self.caseless = caseless
            self.references = references
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// `a|b|…` up to an unmatched `)` or the end.
        mutating func alternation() throws -> Facts {
            let saved = caseless
            defer { caseless = saved }
            var branches = [try sequence()]
            while current == UInt8(ascii: "|") {
                index += 1
                branches.append(try sequence())
            }
            if branches.count == 1 { return branches[0] }
            var exact: Set<[UInt8]>? = []
            var required: Gate? = Gate([])
            for branch in branches {
                if let e = branch.exact, let so = exact, so.count + e.count <= maxExact { exact = so.union(e) } else { exact = nil }
                if let b = branch.best, let so = required { required = so.union(b) } else { required = nil }
            }
            return Facts(exact: exact, required: required)
        }

        /// Items up to `|`, `)` or the end; the longest-lived exact run and the best gate.
        mutating func sequence() throws -> Facts {
            var run: Set<[UInt8]>? = [[]]
            var whole: Set<[UInt8]>? = [[]]
            var best: Gate?
            while let byte = current, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                let item = try plainLiteral() ?? quantified()
                if let exact = item.exact {
                    if let product = run.flatMap({ Self.product($0, exact) }) {
                        run = product
                    } else {
                        best = RequiredLiterals.better(best, Facts(exact: run, required: nil).best)
                        run = exact
                    }
                    whole = whole.flatMap { Self.product($0, exact) }
                } else {
                    best = RequiredLiterals.better(best, Facts(exact: run, required: nil).best)
                    best = RequiredLiterals.better(best, item.required)
                    run = [[]]
                    whole = nil
                }
            }
            best = RequiredLiterals.better(best, Facts(exact: run, required: nil).best)
            return Facts(exact: whole, required: best)
        }

        /// A run of plain ASCII characters, the last one not quantified, read in one go: most of
        /// a pattern's text, and one set per run instead of one per character.
        mutating func plainLiteral() -> Facts? {
            var end = index
            while end < bytes.count, Self.isPlain(bytes[end]) { end += 1 }
            if end < bytes.count, [UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{")].contains(bytes[end]) {
                end -= 1  // the quantifier takes the last character alone
            }
            guard end - index >= 2 else { return nil }
            defer { index = end }
            return Facts(exact: [bytes[index..<end].map(\.asciiLowercased)], required: nil)
        }

        private static func isPlain(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
        }

        static func product(_ a: Set<[UInt8]>, _ b: Set<[UInt8]>) -> Set<[UInt8]>? {
            guard a.count * b.count <= maxExact else { return nil }
            var result: Set<[UInt8]> = []
            for x in a {
                for y in b {
                    guard x.count + y.count <= maxLength else { return nil }
                    result.insert(x + y)
                }
            }
            return result
        }

        /// One atom and its quantifier.
        mutating func quantified() throws -> Facts {
            let atom = try self.atom()
            guard let (min, max) = quantifier() else { return atom }
            if current == UInt8(ascii: "?") || current == UInt8(ascii: "+") { index += 1 }  // lazy, possessive
            if min == 0 {
                let optional = max == 1 ? atom.exact.map { $0.union([[]]) } : nil
                return Facts(exact: optional, required: nil)
            }
            return Facts(exact: min == 1 && max == 1 ? atom.exact : nil, required: atom.best)
        }

        /// `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` (anything else after `{` is a literal brace).
        mutating func quantifier() -> (Int, Int?)? {
            guard let byte = current else { return nil }
            switch byte {
            case UInt8(ascii: "?"):
                index += 1
                return (0, 1)
            case UInt8(ascii: "*"):
                index += 1
                return (0, nil)
            case UInt8(ascii: "+"):
                index += 1
                return (1, nil)
            case UInt8(ascii: "{"):
                var cursor = index + 1
                func number() -> Int? {
                    let start = cursor
                    while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]) { cursor += 1 }
                    return cursor > start ? Int(String(decoding: bytes[start..<cursor], as: UTF8.self)) : nil
                }
                guard let min = number() else { return nil }  // `{,n}`: see `atom()`
                var max: Int? = min
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ",") {
                    cursor += 1
                    max = number()
                }
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}") else { return nil }
                index = cursor + 1
                return (min, max)
            default: return nil
            }
        }

        mutating func atom() throws -> Facts {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "{"):
                return try reference()
            case UInt8(ascii: "("): return try group()
            case UInt8(ascii: "["): return try characterClass()
            case UInt8(ascii: "\\"): return try escape()
            case UInt8(ascii: "."):
                index += 1
                return .anything
            case UInt8(ascii: "^"), UInt8(ascii: "$"):
                index += 1
                return .empty
            // A brace that does not start a quantifier: PCRE2 versions differ on `{,n}`.
            case UInt8(ascii: "{"): throw Unsupported()
            default: return character()
            }
        }

        /// `{{name}}`: a lexicon or fragment, expanded as one group.
        mutating func reference() throws -> Facts {
            var end = index + 2
            while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
            guard end + 1 < bytes.count else { throw Unsupported() }
            let name = String(decoding: bytes[(index + 2)..<end], as: UTF8.self).trimmedBlanks
            index = end + 2
            guard let known = references[name], let facts = known else { throw Unsupported() }
            return facts
        }

        /// A literal character, one UTF-8 sequence.
        mutating func character() -> Facts {
            let start = index
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            if index - start == 1 { return Facts(exact: [[bytes[start].asciiLowercased]], required: nil) }
            // A caseless non-ASCII letter also matches its other case: unknown bytes.
            return caseless ? .anything : Facts(exact: [Array(bytes[start..<index])], required: nil)
        }

        /// `(…)` in its many forms; lookarounds match no text of their own.
        mutating func group() throws -> Facts {
            index += 1
            var lookaround = false
            if current == UInt8(ascii: "*") { throw Unsupported() }  // verbs
            if current == UInt8(ascii: "?") {
                index += 1
                guard let kind = current else { throw Unsupported() }
                switch kind {
                case UInt8(ascii: ":"), UInt8(ascii: ">"), UInt8(ascii: "|"):
                    index += 1
                case UInt8(ascii: "="), UInt8(ascii: "!"):
                    index += 1
                    lookaround = true
                case UInt8(ascii: "<"):
                    index += 1
                    if current == UInt8(ascii: "=") || current == UInt8(ascii: "!") {
                        index += 1
                        lookaround = true
                    } else {
                        try skipName(until: UInt8(ascii: ">"))
                    }
                case UInt8(ascii: "'"):
                    index += 1
                    try skipName(until: UInt8(ascii: "'"))
                case UInt8(ascii: "P"):
                    guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<") else { throw Unsupported() }
                    index += 2
                    try skipName(until: UInt8(ascii: ">"))
                case UInt8(ascii: "#"):
                    while let c = current, c != UInt8(ascii: ")") { index += 1 }
                    index += 1
                    return .empty
                default:
                    return try optionGroup()
                }
            }
            return try closeGroup(try alternation(), lookaround: lookaround)
        }

        /// After `(?`: option settings, `(?i)` to the end of the enclosing group or `(?i:…)`.
        private mutating func optionGroup() throws -> Facts {
            var on = true
            var setting = caseless
            while let c = current, c != UInt8(ascii: ")"), c != UInt8(ascii: ":") {
                switch c {
                case UInt8(ascii: "-"): on = false
                case UInt8(ascii: "i"): setting = on
                case UInt8(ascii: "m"), UInt8(ascii: "s"), UInt8(ascii: "U"), UInt8(ascii: "J"), UInt8(ascii: "n"): break
                default: throw Unsupported()  // x, recursion, conditionals, callouts, …
                }
                index += 1
            }
            guard let end = current else { throw Unsupported() }
            index += 1
            if end == UInt8(ascii: ")") {
                caseless = setting
                return .empty
            }
            let saved = caseless
            caseless = setting
            defer { caseless = saved }
            return try closeGroup(try alternation(), lookaround: false)
        }

        private mutating func closeGroup(_ inner: Facts, lookaround: Bool) throws -> Facts {
            guard current == UInt8(ascii: ")") else { throw Unsupported() }
            index += 1
            return lookaround ? .empty : inner
        }

        private mutating func skipName(until close: UInt8) throws {
            while let c = current, c != close { index += 1 }
            guard current == close else { throw Unsupported() }
            index += 1
        }
    }
}
