/// The word classes source phrases are typed by: each the bit of a lexicon in `Rules/lexicons`,
/// found by its file name (0 when the pack has no such list, as a rule run alone).
struct WordClasses: Sendable {
    let conjunctions: UInt64
    let prepositions: UInt64
    let sentenceAdverbs: UInt64
    let months: UInt64
    let weekdays: UInt64
    let numerals: UInt64
    let vagueQuantifiers: UInt64
    let vagueGroups: UInt64
    let roles: UInt64
    let determiners: UInt64
    let expletives: UInt64
    let pronouns: UInt64
    let passiveAuxiliaries: UInt64
    let indefinites: UInt64

    init(lexicons: [String: Lexicon]) {
        func bit(_ name: String) -> UInt64 { lexicons[name].map { 1 << UInt64($0.bit) } ?? 0 }
        conjunctions = bit("conjunctions")
        prepositions = bit("prepositions")
        sentenceAdverbs = bit("sentence-adverbs")
        months = bit("months")
        weekdays = bit("weekdays")
        numerals = bit("numerals")
        vagueQuantifiers = bit("vague-quantifiers")
        vagueGroups = bit("vague-groups")
        roles = bit("roles")
        determiners = bit("determiners")
        expletives = bit("expletives")
        pronouns = bit("pronouns")
        passiveAuxiliaries = bit("passive-auxiliaries")
        indefinites = bit("indefinite-pronouns")
    }

    /// Words a source phrase never starts with.
    var openers: UInt64 { conjunctions | prepositions | sentenceAdverbs }
    /// Words that are never part of a name, even capitalised ("However", "May", "One").
    var notNames: UInt64 {
        conjunctions | prepositions | sentenceAdverbs | determiners | pronouns | expletives | indefinites | vagueQuantifiers | months
            | weekdays | numerals
    }
    /// Words that cannot speak: a phrase that is one of them, or starts with a date, is no source.
    var mute: UInt64 { months | weekdays | numerals | expletives }
    /// Class words that, capitalised at the start of a phrase, name nobody.
    var common: UInt64 { vagueGroups | vagueQuantifiers | roles | determiners | pronouns | conjunctions | prepositions | sentenceAdverbs }
}
