/// The commonest function words of English and of the other languages news pages come in,
/// lower-cased; enough to tell them apart on a paragraph or two (not a language identifier).
enum FunctionWords {
    static let english: Set<String> = [
        "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "be", "by", "at", "this",
        "are", "from", "have", "has", "had", "not", "but", "he", "she", "they", "said", "an", "or", "which", "we", "his",
        "her", "its", "will", "would", "been", "were", "who", "you", "their", "there", "about", "more", "than", "after",
        "also", "into", "can", "could", "what", "when", "one", "our", "out", "up", "if", "all", "so", "no", "do", "how",
    ]

    static let others: [(String, Set<String>)] = [
        (
            "German",
            [
                "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "ein", "eine", "dem", "des", "auch",
                "wird",
            ]
        ),
        ("French", ["le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "pas", "du", "sur", "qui", "au", "avec", "sont"]),
        ("Spanish", ["el", "los", "las", "y", "que", "del", "en", "es", "por", "con", "una", "para", "se", "lo", "como", "pero", "su"]),
        (
            "Portuguese",
            ["o", "os", "e", "que", "do", "da", "em", "não", "para", "com", "uma", "é", "dos", "das", "no", "na", "se", "mais"]
        ),
        ("Italian", ["il", "di", "che", "è", "per", "non", "una", "del", "della", "sono", "gli", "le", "con", "si", "anche", "nel"]),
        ("Indonesian", ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "ada", "dalam", "juga", "ke"]),
        ("Dutch", ["het", "een", "en", "van", "niet", "dat", "op", "te", "zijn", "voor", "met", "ook", "aan", "er", "maar"]),
    ]
}
