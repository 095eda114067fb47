/// Compiles a token pattern (`{source-nouns} {ADV}? (?<cue>{reporting-verbs})`) to a PCRE2
/// pattern over the sentence's token encoding (`TokenEncoding`): each token is a fixed-width
/// run of ASCII bytes, so a class is a byte class at a fixed offset and rules stay regular
/// expressions, JIT-compiled, with PCRE2's limits.
///
/// Items, separated by spaces:
/// - `{a|b}`: a token of any of these classes (lexicon names; shape names `Word Number Punct
///   Quote Open Cap CAPS Initial Hyphenated Possessive Ly S Ing`; `Name`; Universal POS tags);
/// - `{source}`: one whole phrase of a phrase rule (`Rules/phrases/source.yml`), never part of one;
/// - `said|told`: literal words, any case (`,` and `“` too; `\\(` is a parenthesis); `_`: any token;
/// - `!{a}` or `!by`: the next token, if any, is none of these (matches no token);
/// - `&{a}` or `&by`: the next token is one of these (matches no token);
/// - `!( … )` and `&( … )`: the tokens that follow do not (do) match this sequence (match no token);
/// - `( … )` and `(?<name> … )`: groups, with ` | ` between alternatives; `^` and `$`: the
///   sentence's start and end;
/// - `? * + {m,n}` right after an item: a quantifier.
struct TokenPattern {
    /// The PCRE2 pattern.
    let regex: String
    /// Every literal word known after this pattern (lower case → id): the ones given in and its own.
    let words: [String: Int]
    /// Whether the pattern names a part of speech (then sentences are tagged).
    let usesTags: Bool
    /// Whether the pattern names a phrase (then sentences' phrases are found first).
    let usesPhrases: Bool
    /// The lexicon bits named inside `cue…` groups.
    let cueLexicons: UInt64
    /// Words of which every match holds one (lower case), nil when no such item is known: the
    /// most selective literal item outside any group, for the literal prefilter.
    let requiredWords: [String]?

    enum Failure: Error, Equatable {
        case unknownClass(String)
        case unbalanced
        case empty
    }

    /// `lexicons`: lexicon bit by name. `words`: ids already given to literal words in the pack.
    /// `phrases`: phrase index by name. `multiWord`: bits of the lexicons with forms of several words.
    init(
        _ source: String, lexicons: [String: Int], words known: [String: Int], phrases: [String: Int] = [:], multiWord: UInt64 = 0
    ) throws(Failure) {
        var builder = Builder(lexicons: lexicons, phrases: phrases, words: known, multiWord: multiWord)
        var regex = ""
        // The open groups, the whole pattern first.
        var groups = [Group(isCue: false)]
        var scanner = Substring(source)
        while let first = scanner.first {
            if first == " " {
                scanner = scanner.dropFirst()
                continue
            }
            if scanner.hasPrefix("(?<") {
                guard let close = scanner.firstIndex(of: ">") else { throw .unbalanced }
                groups.append(Group(isCue: groups.last!.isCue || scanner.dropFirst(3).hasPrefix("cue")))
                regex += scanner[...close]
                scanner = scanner[scanner.index(after: close)...]
                continue
            }
            if scanner.hasPrefix("!(") || scanner.hasPrefix("&(") {
                // A look-ahead over several tokens: what follows is (not) this sequence.
                regex += first == "!" ? "(?!" : "(?="
                groups.append(Group(isCue: false, isLookahead: true))
                scanner = scanner.dropFirst(2)
                continue
            }
            switch first {
            case "(":
                regex += "(?:"
                groups.append(Group(isCue: groups.last!.isCue))
                scanner = scanner.dropFirst()
                continue
            case ")":
                guard groups.count > 1, let group = groups.popLast() else { throw .unbalanced }
                regex += ")"
                scanner = scanner.dropFirst()
                // A group every match goes through passes on the words it requires.
                // A look-ahead matches no token: it requires no word and takes no quantifier.
                if group.isLookahead { continue }
                if !Self.isOptional(scanner), let words = group.requiredWords { groups[groups.count - 1].required.append(words) }
            case "|":
                regex += "|"
                groups[groups.count - 1].closeBranch()
                scanner = scanner.dropFirst()
                continue
            case "^",
                "$" where scanner.dropFirst().first.map({ Self.isAny($0, of: " )|") }) ?? true:
                // The start or end of the sentence (a dollar sign is `\$`).
                regex.append(first)
                scanner = scanner.dropFirst()
                continue
            default:
                let (item, rest) = try builder.item(scanner, inCue: groups.last!.isCue)
                regex += item
                if let words = Self.literalWords(scanner[..<rest.startIndex]), !Self.isOptional(rest) {
                    groups[groups.count - 1].required.append(words)
                }
                scanner = rest
            }
            let quantifier = scanner.prefix { Self.isAny($0, of: "?*+") }
            if !quantifier.isEmpty {
                regex += quantifier
                scanner = scanner.dropFirst(quantifier.count)
            } else if scanner.hasPrefix("{"), scanner.dropFirst().first?.isNumber == true, let close = scanner.firstIndex(of: "}") {
                regex += scanner[...close]
                scanner = scanner[scanner.index(after: close)...]
                // Lazy or possessive: `{1,5}?`, `{2,}+`.
                if let mode = scanner.first, mode == "?" || mode == "+" {
                    regex.append(mode)
                    scanner = scanner.dropFirst()
                }
            }
        }
        guard groups.count == 1 else { throw .unbalanced }
        guard !regex.isEmpty else { throw .empty }
        self.regex = regex
        usesTags = builder.usesTags
        usesPhrases = builder.usesPhrases
        cueLexicons = builder.cueLexicons
        let root = groups[0]
        requiredWords = root.requiredWords
        words = builder.words
    }

    /// An open group: whether it is (inside) a cue group, and the literal items every match of
    /// its current alternative holds (and of the alternatives before).
    private struct Group {
        let isCue: Bool
        var isLookahead = false
        var required: [[String]] = []
        var earlier: [[[String]]] = []

        mutating func closeBranch() {
            earlier.append(required)
            required = []
        }

        /// Words of which every match of the group holds one: per alternative its most
        /// selective item (longest shortest word), all together; nil when one has none.
        var requiredWords: [String]? {
            var words: [String] = []
            for items in earlier + [required] {
                guard let best = items.max(by: { $0.map(\.count).min()! < $1.map(\.count).min()! }) else { return nil }
                words += best
            }
            return Array(Set(words)).sorted()
        }
    }

    /// Whether `character` is one of the ASCII characters of `set`: a pattern is scanned
    /// character by character, and `String.contains` segments `set` into characters each time.
    private static func isAny(_ character: Character, of set: StaticString) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return UnsafeBufferPointer(start: set.utf8Start, count: set.utf8CodeUnitCount).contains(ascii)
    }

    /// Whether the quantifier at the start of `rest` lets its item match nothing.
    private static func isOptional(_ rest: Substring) -> Bool {
        rest.first == "?" || rest.first == "*" || rest.hasPrefix("{0")
    }

    /// The words of a literal item ("said|told"), lower case; nil for any other item.
    private static func literalWords(_ item: Substring) -> [String]? {
        guard let first = item.first, !Self.isAny(first, of: "!&{_\\") else { return nil }
        // The prefilter looks for the word as written; "Sen." may come without its period.
        let words = item.split(separator: "|").map { $0.count > 1 && $0.hasSuffix(".") ? $0.dropLast().lowercased() : $0.lowercased() }
        return words.isEmpty || words.contains { $0.isEmpty } ? nil : words
    }

    /// What the items of a pattern have named so far.
    private struct Builder {
        let lexicons: [String: Int]
        let phrases: [String: Int]
        let multiWord: UInt64
        var words: [String: Int]
        var usesTags = false
        var usesPhrases = false
        var cueLexicons: UInt64 = 0
        /// Class regexes by bit set: a pattern names the same classes again and again.
        private var classes: [[Int]: String] = [:]

        init(lexicons: [String: Int], phrases: [String: Int], words: [String: Int], multiWord: UInt64) {
            self.lexicons = lexicons
            self.phrases = phrases
            self.multiWord = multiWord
            self.words = words
        }

        /// One item as a non-capturing group matching exactly one token (or one whole phrase).
        mutating func item(_ scanner: Substring, inCue: Bool) throws(Failure) -> (String, Substring) {
            let width = TokenClass.width
            if scanner.hasPrefix("!"), !scanner.hasPrefix("!{") {
                let (item, rest) = try item(scanner.dropFirst(), inCue: false)
                return ("(?!" + item + ")", rest)
            }
            if scanner.hasPrefix("&"), scanner.dropFirst().first != nil {
                let (item, rest) = try item(scanner.dropFirst(), inCue: false)
                return ("(?=" + item + ")", rest)
            }
            if scanner.hasPrefix("{") || scanner.hasPrefix("!{") {
                let negated = scanner.hasPrefix("!")
                let body = scanner.dropFirst(negated ? 2 : 1)
                guard let close = body.firstIndex(of: "}") else { throw .unbalanced }
                let rest = body[body.index(after: close)...]
                if let phrase = phrases[String(body[..<close])] {
                    // The whole phrase: its first token, then every token it continues with.
                    usesPhrases = true
                    let start = TokenPattern.classRegex([TokenClass.phraseStart(phrase)])
                    let whole = "(?:\(start)\(TokenPattern.classRegex([TokenClass.phraseInside(phrase)]))*+)"
                    return (negated ? "(?!\(start))" : whole, rest)
                }
                var bits: [Int] = []
                for name in body[..<close].split(separator: "|").map(String.init) {
                    guard let bit = lexicons[name] ?? TokenClass.bit(named: name) else { throw .unknownClass(name) }
                    bits.append(bit)
                    if bit >= TokenClass.firstTag { usesTags = true }
                    if inCue, !negated, bit < TokenClass.lexiconBits { cueLexicons |= 1 << UInt64(bit) }
                }
                let any = classRegex(bits)
                if negated { return ("(?!\(any))", rest) }
                // A form of several words is one item: its first token and the words after it.
                let spans = bits.contains { $0 < TokenClass.lexiconBits && multiWord & (1 << UInt64($0)) != 0 }
                return (spans ? "(?:\(any)\(classRegex([TokenClass.more]))*+)" : any, rest)
            }
            // A backslash makes the next character part of the word ("\\(" is a parenthesis).
            var end = scanner.startIndex
            var text = ""
            while end < scanner.endIndex, !TokenPattern.isAny(scanner[end], of: " (){}?*+") {
                if scanner[end] == "\\", scanner.index(after: end) < scanner.endIndex { end = scanner.index(after: end) }
                text.append(scanner[end])
                end = scanner.index(after: end)
            }
            // A stray '}' starts no item: without this the scanner would never move (found by fuzzing).
            // "a|{b}" would read as the word "a" and then a second item: words and classes do not mix.
            guard !text.isEmpty, !text.hasSuffix("|"), !text.hasPrefix("|") else { throw .unbalanced }
            if text == "_" { return ("(?:#.{\(width - 1)})", scanner[end...]) }
            var alternatives: [String] = []
            for word in text.split(separator: "|").map({ $0.lowercased() }) {
                let id = words[word] ?? (words.count + 1)
                words[word] = id
                alternatives.append(TokenEncoding.wordIdText(id))
            }
            return ("(?:#.{\(width - 1 - TokenClass.wordIdBytes)}(?:\(alternatives.joined(separator: "|"))))", scanner[end...])
        }

        private mutating func classRegex(_ bits: [Int]) -> String {
            if let known = classes[bits] { return known }
            let regex = TokenPattern.classRegex(bits)
            classes[bits] = regex
            return regex
        }
    }

    /// A token holding any of `bits`: one alternative per class byte.
    static func classRegex(_ bits: [Int]) -> String {
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
