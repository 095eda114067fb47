import Foundation
import PCRE2
import Testing

@testable import SourcedCore

/// The source ledger as an editor reads it, over the shared PolNeAR articles and the labelled
/// pages: entries that start or end with a conjunction, preposition or sentence adverb, that are a
/// month, weekday or lone number/expletive word, or that are a vague group or lower-case common
/// noun typed `named`, stay at most 1% of all entries (about 10% before source phrases were
/// read as words). Skipped on a fresh clone, where the corpus is absent.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Package.corpus), "needs ../shared/corpus"))
struct SourceLedgerQualityTests {
    static func articles() throws -> [String] {
        var paths: [String] = []
        for folder in ["polnear/articles/train", "polnear/articles/dev", "pages/labelled"] {
            let directory = Package.corpus + "/" + folder
            paths += try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.map {
                directory + "/" + $0
            }
        }
        return paths.sorted()
    }

    @Test func fewLedgerEntriesAnEditorWouldReject() throws {
        let pack = Package.pack
        func words(_ name: String) -> Set<String> { Set(pack.lexicons[name]?.forms ?? []) }
        let openers = words("conjunctions").union(words("prepositions")).union(words("sentence-adverbs"))
        let mute = words("months").union(words("weekdays")).union(words("expletives"))
        let vague = words("vague-groups")
        #expect(!openers.isEmpty && !mute.isEmpty && !vague.isEmpty)
        let analyzer = Analyzer(pack: pack)
        var total = 0
        var rejected: [String] = []
        for path in try Self.articles() {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let analysis = try analyzer.analyze(PlainTextReader().read(bytes, path: path), matcher: Matcher())
            for entry in SourceLedger(analysis).entries {
                total += 1
                let tokens = entry.name.split(separator: " ").map { $0.lowercased() }
                guard let first = tokens.first else { continue }
                let bad =
                    openers.contains(first) || (tokens.count > 1 && openers.contains(tokens.last!))
                    || (tokens.count == 1 && (mute.contains(first) || first == "one"))
                    || (entry.kind == .named && !entry.name.contains { $0.isUppercase })
                    || (entry.kind == .named && tokens.count <= 2 && vague.contains(tokens.last!))
                if bad { rejected.append(entry.name) }
            }
        }
        #expect(total > 5000)
        #expect(Double(rejected.count) <= 0.01 * Double(total), "\(rejected.count) of \(total): \(rejected.prefix(20))")
    }
}
