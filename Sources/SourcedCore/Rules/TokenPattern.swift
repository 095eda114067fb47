/// Compiles a token pattern (`{source-nouns} {ADV}? (?<cue>{reporting-verbs})`) to a PCRE2
/// pattern over the sentence's token encoding (`TokenEncoding`): each token is a fixed-width
/// run of ASCII bytes, so a class is a byte class at a fixed offset and rules stay regular
/// expressions, JIT-compiled, with PCRE2's limits.
///
/// Items, separated by spaces:
/// - `{a|b}`: a token of any of these classes (lexicon names; shape names `Word Number Punct
///   Quote Cap CAPS Initial Hyphenated Possessive`; Universal POS tags);
/// - `said|told`: literal words, any case (`,` and `“` too); `_`: any token;
/// - `!{a}` or `!by`: the next token, if any, is none of these (matches no token);
/// - `( … )` and `(?<name> … )`: groups, with ` | ` between alternatives;
/// - `? * + {m,n}` right after an item: a quantifier.
struct TokenPattern {
    /// The PCRE2 pattern.
    let regex: String
    /// The literal words, lower case, in order of their ids (id = index + 1).
    let words: [String]
    /// Whether the pattern names a part of speech (then sentences are tagged).
    let usesTags: Bool

    enum Failure: Error, Equatable {
        case unknownClass(String)
        case unbalanced
        case empty
    }

    /// `lexicons`: lexicon bit by name. `words`: ids already given to literal words in the pack.
    init(_ source: String, lexicons: [String: Int], words known: [String: Int]) throws(Failure) {
        var words = known
        var usesTags = false
        var regex = ""
        var depth = 0
        var scanner = Substring(source)
        while let first = scanner.first {
            if first == " " {
                scanner = scanner.dropFirst()
                continue
            }
            if scanner.hasPrefix("(?<") {
                guard let close = scanner.firstIndex(of: ">") else { throw .unbalanced }
                regex += scanner[...close]
                scanner = scanner[scanner.index(after: close)...]
                depth += 1
                continue
            }
            switch first {
            case "(":
                regex += "(?:"
                depth += 1
                scanner = scanner.dropFirst()
                continue
            case ")":
                guard depth > 0 else { throw .unbalanced }
                regex += ")"
                depth -= 1
                scanner = scanner.dropFirst()
            case "|":
                regex += "|"
                scanner = scanner.dropFirst()
                continue
            default:
                let (item, rest) = try Self.item(scanner, lexicons: lexicons, words: &words, usesTags: &usesTags)
                regex += item
                scanner = rest
            }
            let quantifier = scanner.prefix { "?*+".contains($0) }
            if !quantifier.isEmpty {
                regex += quantifier
                scanner = scanner.dropFirst(quantifier.count)
            } else if scanner.hasPrefix("{"), scanner.dropFirst().first?.isNumber == true, let close = scanner.firstIndex(of: "}") {
                regex += scanner[...close]
                scanner = scanner[scanner.index(after: close)...]
            }
        }
        guard depth == 0 else { throw .unbalanced }
        guard !regex.isEmpty else { throw .empty }
        self.regex = regex
        self.usesTags = usesTags
        self.words = words.sorted { $0.value < $1.value }.map(\.key)
    }

    /// One item as a non-capturing group matching exactly one token.
    private static func item(
        _ scanner: Substring, lexicons: [String: Int], words: inout [String: Int], usesTags: inout Bool
    ) throws(Failure) -> (String, Substring) {
        let width = TokenClass.width
        if scanner.hasPrefix("!"), !scanner.hasPrefix("!{") {
            let (item, rest) = try Self.item(scanner.dropFirst(), lexicons: lexicons, words: &words, usesTags: &usesTags)
            return ("(?!" + item + ")", rest)
        }
        if scanner.hasPrefix("{") || scanner.hasPrefix("!{") {
            let negated = scanner.hasPrefix("!")
            let body = scanner.dropFirst(negated ? 2 : 1)
            guard let close = body.firstIndex(of: "}") else { throw .unbalanced }
            var bits: [Int] = []
            for name in body[..<close].split(separator: "|").map(String.init) {
                guard let bit = lexicons[name] ?? TokenClass.bit(named: name) else { throw .unknownClass(name) }
                bits.append(bit)
                if bit >= TokenClass.firstTag { usesTags = true }
            }
            let any = classRegex(bits)
            let item = negated ? "(?!\(any))" : any
            return (item, body[body.index(after: close)...])
        }
        let end = scanner.firstIndex { " (){}?*+".contains($0) } ?? scanner.endIndex
        let text = scanner[..<end]
        // A stray '}' starts no item: without this the scanner would never move (found by fuzzing).
        guard !text.isEmpty else { throw .unbalanced }
        if text == "_" { return ("(?:#.{\(width - 1)})", scanner[end...]) }
        var alternatives: [String] = []
        for word in text.split(separator: "|").map({ $0.lowercased() }) {
            let id = words[word] ?? (words.count + 1)
            words[word] = id
            alternatives.append(TokenEncoding.wordIdText(id))
        }
        return ("(?:#.{\(width - 1 - TokenClass.wordIdBytes)}(?:\(alternatives.joined(separator: "|"))))", scanner[end...])
    }

    /// A token holding any of `bits`: one alternative per class byte.
    private static func classRegex(_ bits: [Int]) -> String {
        var masks: [Int: Int] = [:]
        for bit in bits { masks[bit / TokenClass.bitsPerByte, default: 0] |= 1 << (bit % TokenClass.bitsPerByte) }
        let alternatives = masks.keys.sorted().map { byte -> String in
            let mask = masks[byte]!
            let set = (0..<64).filter { $0 & mask != 0 }.map { TokenEncoding.escaped(UInt8(0x40 + $0)) }.joined()
            return "#.{\(byte)}[\(set)].{\(TokenClass.width - 2 - byte)}"
        }
        return "(?:" + alternatives.joined(separator: "|") + ")"
    }
}
