import Foundation
import TestSupport
import Testing

@testable import SourcedCore

/// Tags of every token of `sentence`, whole-sentence and one token at a time.
private func tagged(_ sentence: String) throws -> (words: [String], tags: [String], single: [String]) {
    let tagger = try #require(Package.pack.tagger)
    let bytes = Array(sentence.utf8)
    return bytes.withUnsafeBufferPointer { text in
        let tokens = Tokenizer.tokens(text)
        let words = tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        let all = tagger.tags(of: tokens, text: text).map { tagger.tags[$0] }
        let single = tokens.indices.map { tagger.tags[tagger.tag($0, in: tokens, text: text)] }
        return (words, all, single)
    }
}

private func tag(of word: String, in sentence: String) throws -> String? {
    let found = try tagged(sentence)
    return found.words.firstIndex(of: word).map { found.tags[$0] }
}

/// Clear lexical evidence is no longer overruled by the context (the local model read
/// "specifically" as ADP, "rated" as ADP and "Obama" after "Mr." as PUNCT).
@Test func theTaggerKeepsClearWordReadings() throws {
    #expect(try tag(of: "specifically", in: "These voters specifically point to the 1994 crime bill.") == "ADV")
    #expect(try tag(of: "rated", in: "PolitiFact rated 32% of claims") == "VERB")
    #expect(try tag(of: "Obama", in: "Mr. Obama said so.") == "PROPN")
    #expect(try tag(of: "claims", in: "He claims that the vote was rigged.") == "VERB")
    #expect(try tag(of: "claims", in: "The claims were false.") == "NOUN")
}

/// A noun reading refuses a verb cue only when clear: "Trump" opening a sentence reads as a
/// noun to the treebank, and so, narrowly, does "claims" after it; "Trump’s comments came" is clear.
@Test func aNarrowNounReadingDoesNotRefuseAVerbCue() throws {
    let tagger = try #require(Package.pack.tagger)
    func noun(_ word: String, _ sentence: String) -> Bool {
        let bytes = Array(sentence.utf8)
        return bytes.withUnsafeBufferPointer { text in
            let tokens = Tokenizer.tokens(text)
            let index = tokens.firstIndex { String(decoding: bytes[$0.range], as: UTF8.self) == word }!
            return tagger.readsAsNoun(index, in: tokens, text: text, margin: SentenceMatcher.nounMargin)
        }
    }
    #expect(!noun("claims", "Trump claims that the vote was rigged."))
    #expect(noun("comments", "Trump’s comments came as he and his campaign try to reach out to voters."))
}

@Test func oneTokenOnDemandGetsTheTagOfTheWholeSentencePass() throws {
    let found = try tagged("Officials in Kyiv said on Tuesday that the talks, which began in May, had stalled “for now”.")
    #expect(found.tags == found.single)
    #expect(found.tags.count == found.words.count)
}

@Test func commonWordsAreKnownOutsideNames() throws {
    let tagger = try #require(Package.pack.tagger)
    func common(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { tagger.isCommonWord(Tokenizer.tokens($0)[0], $0) }
    }
    #expect(common("Consumer"))
    #expect(common("Officials"))
    #expect(!common("Kim"))
    #expect(!common("Holcomb"))
    #expect(!common("Obama"))
}

/// The Swift tagger reads the weights as the learning script does: its accuracy on EWT dev is
/// the one `scripts/learn-tagger.py` prints (0.9484 when learnt).
@Test(.enabled(if: Checkout.hasCorpus)) func theTaggerMatchesTheTreebankDevSplit() throws {
    let tagger = try #require(Package.pack.tagger)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "gzip -dc '\(Checkout.corpus)/ud-ewt/en_ewt-ud-dev.conllu.gz'"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var right = 0
    var total = 0
    for block in String(decoding: data, as: UTF8.self).components(separatedBy: "\n\n") {
        let rows = block.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            .filter { $0.count == 10 && !$0[0].contains("-") && !$0[0].contains(".") && !$0[0].hasPrefix("#") }
        guard !rows.isEmpty else { continue }
        // Tokens as the treebank gives them, one space apart.
        var bytes: [UInt8] = []
        var tokens: [Token] = []
        for row in rows {
            if !bytes.isEmpty { bytes.append(0x20) }
            let start = bytes.count
            bytes += Array(row[1].utf8)
            tokens.append(Token(start: start, end: bytes.count, shape: .word))
        }
        let tags = bytes.withUnsafeBufferPointer { tagger.tags(of: tokens, text: $0) }
        for (row, tag) in zip(rows, tags) {
            total += 1
            if tagger.tags[tag] == row[3] { right += 1 }
        }
    }
    #expect(total > 25_000)
    #expect(Double(right) / Double(total) >= 0.948)
}
