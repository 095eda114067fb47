/// Attributes the sentences of a transcript turn ("PENCE: Well, look, … It's serious
/// business.") to the speaker its label names. A label opens a paragraph: an ALL-CAPS name
/// of one to four words, or a role word of the rule's `speaker-roles` list ("Q"), then a
/// colon. The turn is the labelled paragraph; the next label opens the next turn. A document
/// needs `min-turns` labelled paragraphs to count as a transcript, so a lone "UPDATE:" or
/// "THE BOTTOM LINE:" opening one paragraph is not a speaker; words of `not-speakers`
/// never are.
struct TranscriptTurns {
    let rule: CompiledRule
    let text: [UInt8]

    /// A speaker label: the label with its colon (the cue) and the name or role (the source).
    struct Label: Equatable {
        let cue: ByteSpan
        let name: ByteSpan
        let isRole: Bool
    }

    /// The rule's settings (a continuation rule has them).
    var settings: RuleSpec.Continuation { rule.continuation ?? RuleSpec.Continuation() }
    var minTurns: Int { settings.minTurns }
    var roles: Set<[UInt8]> { Set(settings.speakerRoles.map { Array($0.utf8) }) }
    var notSpeakers: Set<[UInt8]> { Set(settings.notSpeakers.map { Array($0.utf8) }) }

    func apply(to segments: inout [AnalyzedSegment]) {
        let roles = roles
        let notSpeakers = notSpeakers
        var labels: [Int: Label] = [:]
        var block = -1
        for index in segments.indices where segments[index].segment.block != block {
            block = segments[index].segment.block
            guard segments[index].segment.kind == .sentence,
                let label = label(at: segments[index].segment.span, roles: roles, notSpeakers: notSpeakers)
            else { continue }
            labels[block] = label
        }
        guard labels.count >= minTurns else { return }
        for index in segments.indices where segments[index].segment.kind == .sentence && segments[index].attribution == nil {
            guard let label = labels[segments[index].segment.block] else { continue }
            segments[index].attribution = Attribution(
                cue: label.cue, source: label.name, kind: label.isRole ? .anonymous : .named, rule: rule.id)
            segments[index].tag = .attributed
            segments[index].rules = (segments[index].rules + [rule.id]).sorted()
        }
    }

    /// The speaker label at the start of a paragraph's first sentence, after any opening
    /// quotation marks ("Partial transcript" style quotes every paragraph).
    func label(at sentence: ByteSpan, roles: Set<[UInt8]>, notSpeakers: Set<[UInt8]>) -> Label? {
        var index = sentence.start
        let end = sentence.end
        while index < end, text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: "'") || text[index] == 0x20 {
            index += 1
        }
        if index + 2 < end, text[index] == 0xE2, text[index + 1] == 0x80, text[index + 2] == 0x9C { index += 3 }
        let start = index
        var words = 1
        var letters = 0
        while index < end {
            let byte = text[index]
            if byte >= 0x41 && byte <= 0x5A {
                letters += 1
            } else if byte == 0x20, letters > 0, index + 1 < end, text[index + 1] != 0x20, text[index - 1] != 0x20 {
                words += 1
            } else if !(byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")) {
                break
            }
            index += 1
        }
        // The colon must follow the name directly and be followed by the turn's words.
        guard index < end, text[index] == UInt8(ascii: ":"), index + 1 < end, text[index + 1] == 0x20,
            index > start, text[index - 1] != 0x20
        else { return nil }
        let name = Array(text[start..<index])
        let isRole = roles.contains(name)
        guard isRole || (letters >= 2 && words <= 4 && !notSpeakers.contains(name)) else { return nil }
        return Label(cue: ByteSpan(start, index + 1), name: ByteSpan(start, index), isRole: isRole)
    }
}
