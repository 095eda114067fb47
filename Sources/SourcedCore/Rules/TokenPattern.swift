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
    /// The literal words this pattern gave an id (lower case → id), after the ones given in.
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

    /// The pattern's UTF-8 bytes: every piece of syntax is ASCII, and scanning bytes rather than
    /// `Character`s keeps translating the pack's patterns a small part of start-up.
    typealias Text = ArraySlice<UInt8>

    /// `lexicons`: lexicon bit by name. `words`: ids already given to literal words in the pack.
    /// `phrases`: phrase index by name. `multiWord`: bits of the lexicons with forms of several words.
    init(
        _ source: String, lexicons: [String: Int], words known: [String: Int], phrases: [String: Int] = [:], multiWord: UInt64 = 0
    ) throws(Failure) {
        var builder = Builder(lexicons: lexicons, phrases: phrases, known: known, multiWord: multiWord)
        var regex = ""
        // The open groups, the whole pattern first.
        var groups = [Group(isCue: false)]
        var scanner = Text(source.utf8)
        while let first = scanner.first {
            if first == UInt8(ascii: " ") {
                scanner = scanner.dropFirst()
                continue
            }
            if scanner.starts(with: "(?<".utf8) {
                guard let close = scanner.firstIndex(of: UInt8(ascii: ">")) else { throw .unbalanced }
                groups.append(Group(isCue: groups.last!.isCue || scanner.dropFirst(3).starts(with: "cue".utf8)))
                regex += Self.string(scanner[...close])
                scanner = scanner[(close + 1)...]
                continue
            }
            if scanner.starts(with: "!(".utf8) || scanner.starts(with: "&(".utf8) {
                // A look-ahead over several tokens: what follows is (not) this sequence.
                regex += first == UInt8(ascii: "!") ? "(?!" : "(?="
                groups.append(Group(isCue: false, isLookahead: true))
                scanner = scanner.dropFirst(2)
                continue
            }
            switch first {
            case UInt8(ascii: "("):
                regex += "(?:"
                groups.append(Group(isCue: groups.last!.isCue))
                scanner = scanner.dropFirst()
                continue
            case UInt8(ascii: ")"):
                guard groups.count > 1, let group = groups.popLast() else { throw .unbalanced }
                regex += ")"
                scanner = scanner.dropFirst()
                // A group every match goes through passes on the words it requires.
                // A look-ahead matches no token: it requires no word and takes no quantifier.
                if group.isLookahead { continue }
                if !Self.isOptional(scanner), let words = group.requiredWords { groups[groups.count - 1].required.append(words) }
            case UInt8(ascii: "|"):
                regex += "|"
                groups[groups.count - 1].closeBranch()
                scanner = scanner.dropFirst()
                continue
            case UInt8(ascii: "^"),
                UInt8(ascii: "$") where scanner.dropFirst().first.map({ Self.isAny($0, of: " )|") }) ?? true:
                // The start or end of the sentence (a dollar sign is `\$`).
                regex.unicodeScalars.append(Unicode.Scalar(first))
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
                regex += Self.string(quantifier)
                scanner = scanner.dropFirst(quantifier.count)
            } else if scanner.first == UInt8(ascii: "{"), scanner.dropFirst().first.map(Self.isDigit) == true,
                let close = scanner.firstIndex(of: UInt8(ascii: "}"))
            {
                regex += Self.string(scanner[...close])
                scanner = scanner[(close + 1)...]
                // Lazy or possessive: `{1,5}?`, `{2,}+`.
                if let mode = scanner.first, mode == UInt8(ascii: "?") || mode == UInt8(ascii: "+") {
                    regex.unicodeScalars.append(Unicode.Scalar(mode))
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
        words = builder.added
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

    private static func string(_ bytes: Text) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// Whether `byte` is one of the ASCII characters of `set`.
    private static func isAny(_ byte: UInt8, of set: StaticString) -> Bool {
        UnsafeBufferPointer(start: set.utf8Start, count: set.utf8CodeUnitCount).contains(byte)
    }

    /// Whether the quantifier at the start of `rest` lets its item match nothing.
    private static func isOptional(_ rest: Text) -> Bool {
        rest.first == UInt8(ascii: "?") || rest.first == UInt8(ascii: "*") || rest.starts(with: "{0".utf8)
    }

    /// The words of a literal item ("said|told"), lower case; nil for any other item.
    private static func literalWords(_ item: Text) -> [String]? {
        guard let first = item.first, !Self.isAny(first, of: "!&{_\\") else { return nil }
        // The prefilter looks for the word as written; "Sen." may come without its period.
        let words = item.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { word in
            let text = string(word).lowercased()
            return text.count > 1 && text.hasSuffix(".") ? String(text.dropLast()) : text
        }
        return words.isEmpty || words.contains { $0.isEmpty } ? nil : words
    }

    /// What the items of a pattern have named so far.
    private struct Builder {
        let lexicons: [String: Int]
        let phrases: [String: Int]
        let multiWord: UInt64
        /// Ids given before this pattern (read only: copying the pack's table per pattern was
        /// most of the translation), and the ones this pattern gives.
        let known: [String: Int]
        var added: [String: Int] = [:]
        var usesTags = false
        var usesPhrases = false
        var cueLexicons: UInt64 = 0
        /// Class regexes by bit set: a pattern names the same classes again and again.
        private var classes: [[Int]: String] = [:]

        init(lexicons: [String: Int], phrases: [String: Int], known: [String: Int], multiWord: UInt64) {
            self.lexicons = lexicons
            self.phrases = phrases
            self.multiWord = multiWord
            self.known = known
        }

        /// One item as a non-capturing group matching exactly one token (or one whole phrase).
        mutating func item(_ scanner: Text, inCue: Bool) throws(Failure) -> (String, Text) {
            let width = TokenClass.width
            let opensClass = scanner.starts(with: "!{".utf8)
            if scanner.first == UInt8(ascii: "!"), !opensClass {
                let (item, rest) = try item(scanner.dropFirst(), inCue: false)
                return ("(?!" + item + ")", rest)
            }
            if scanner.first == UInt8(ascii: "&"), scanner.count > 1 {
                let (item, rest) = try item(scanner.dropFirst(), inCue: false)
                return ("(?=" + item + ")", rest)
            }
            if scanner.first == UInt8(ascii: "{") || opensClass {
                let negated = opensClass
                let body = scanner.dropFirst(negated ? 2 : 1)
                guard let close = body.firstIndex(of: UInt8(ascii: "}")) else { throw .unbalanced }
                let rest = body[(close + 1)...]
                let names = body[..<close]
                if let phrase = phrases[TokenPattern.string(names)] {
                    // The whole phrase: its first token, then every token it continues with.
                    usesPhrases = true
                    let start = TokenPattern.classRegex([TokenClass.phraseStart(phrase)])
                    let whole = "(?:\(start)\(TokenPattern.classRegex([TokenClass.phraseInside(phrase)]))*+)"
                    return (negated ? "(?!\(start))" : whole, rest)
                }
                var bits: [Int] = []
                for name in names.split(separator: UInt8(ascii: "|")).map(TokenPattern.string) {
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
            var text: [UInt8] = []
            while end < scanner.endIndex, !TokenPattern.isAny(scanner[end], of: " (){}?*+") {
                if scanner[end] == UInt8(ascii: "\\"), end + 1 < scanner.endIndex { end += 1 }
                text.append(scanner[end])
                end += 1
            }
            // A stray '}' starts no item: without this the scanner would never move (found by fuzzing).
            // "a|{b}" would read as the word "a" and then a second item: words and classes do not mix.
            guard !text.isEmpty, text.last != UInt8(ascii: "|"), text.first != UInt8(ascii: "|") else { throw .unbalanced }
            if text == [UInt8(ascii: "_")] { return ("(?:#.{\(width - 1)})", scanner[end...]) }
            var alternatives: [String] = []
            for word in text.split(separator: UInt8(ascii: "|")).map({ TokenPattern.string(Text($0)).lowercased() }) {
                let id = known[word] ?? added[word] ?? (known.count + added.count + 1)
                if known[word] == nil { added[word] = id }
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
        var masks = [Int](repeating: 0, count: TokenClass.width)
        for bit in bits { masks[bit / TokenClass.bitsPerByte] |= 1 << (bit % TokenClass.bitsPerByte) }
        var regex = "(?:"
        for (byte, mask) in masks.enumerated() where mask != 0 {
            if regex.utf8.count > 3 { regex += "|" }
            regex += "#.{\(byte)}["
            for value in 0..<64 where value & mask != 0 { regex += TokenEncoding.escaped(UInt8(0x40 + value)) }
            regex += "].{\(TokenClass.width - 2 - byte)}"
        }
        return regex + ")"
    }
}
