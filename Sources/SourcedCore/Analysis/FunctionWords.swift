/// The commonest function words of English and of the other languages news pages come in,
/// lower-cased; enough to tell them apart on a paragraph or two (not a language identifier).
/// Words are kept as packed integers (see `key`), so counting allocates nothing.
enum FunctionWords {
    static let english = keys(
        "the of and to in is that for it was on with as be by at this are from have has had not but he she they said an or "
            + "which we his her its will would been were who you their there about more than after also into can could what "
            + "when one our out up if all so no do how")

    static let others: [(String, Set<UInt64>)] = [
        ("German", keys("der die und das ist nicht mit den von zu sich auf ein eine dem des auch wird")),
        ("French", keys("le la les et des est une dans que pour pas du sur qui au avec sont")),
        ("Spanish", keys("el los las y que del en es por con una para se lo como pero su")),
        ("Portuguese", keys("o os e que do da em não para com uma é dos das no na se mais")),
        ("Italian", keys("il di che è per non una del della sono gli le con si anche nel")),
        ("Indonesian", keys("yang dan di ini itu dengan untuk dari tidak akan ada dalam juga ke")),
        ("Dutch", keys("het een en van niet dat op te zijn voor met ook aan er maar")),
    ]

    /// Word key → languages holding it (bit 0 English, bit 1 + i the `others[i]`): one lookup
    /// per word of every article, in an open-addressing table rather than eight `Set`s.
    static let languages: WordGateTable = {
        var masks: [UInt64: WordGateTable.Masks] = [:]
        for key in english { masks[key, default: .init()].gate |= 1 }
        for (index, (_, list)) in others.enumerated() {
            for key in list { masks[key, default: .init()].gate |= 2 << UInt64(index) }
        }
        return WordGateTable(masks)
    }()

    /// A word of up to 8 bytes, ASCII letters lower-cased, packed into an integer; nil if longer.
    static func key(_ word: some Collection<UInt8>) -> UInt64? {
        guard word.count <= 8 else { return nil }
        return word.reduce(0) { $0 << 8 | UInt64($1 < 0x80 ? $1 | 0x20 : $1) }
    }

    private static func keys(_ words: String) -> Set<UInt64> {
        Set(words.split(separator: " ").compactMap { key(Array($0.utf8)) })
    }
}
