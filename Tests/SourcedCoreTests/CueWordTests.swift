import PCRE2
import Testing

@testable import SourcedCore

/// The words that can start a cue, found by the tokenizer: the verb-list words whose noun
/// readings are checked before token rules run.
@Suite struct CueWordTests {
    @Test func tokenizerFindsCueWordStarts() {
        let matcher = SentenceMatcher(pack: Package.pack, matcher: Matcher(), document: "test")
        func words(_ text: String) -> SentenceMatcher.Words { Array(text.utf8).withUnsafeBufferPointer { matcher.words($0) } }
        let text = "Officials said, and she self-described it."
        let starts = words(text).cueStarts.map(\.start)
        #expect(starts.contains(10) && starts.contains(29))  // "said", "described"
        #expect(starts.allSatisfy { $0 == 0 || !Array(text.utf8)[$0 - 1].isASCIILetter })
        // "said" inside "unsaid" starts no word.
        #expect(!words("It was left unsaid.").cueStarts.contains { $0.start >= 12 })
    }
}
