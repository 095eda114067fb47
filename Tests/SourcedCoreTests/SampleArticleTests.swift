import Foundation
import Testing

@testable import SourcedCore

/// The bundled sample article against its hand labels (Tests/Fixtures): every segment kind
/// matches and every body sentence's tag is the labelled tag or one of its alternatives.
@Suite struct SampleArticleTests {
    struct Label: Decodable {
        let start: Int
        let end: Int
        let segment: String
        let tag: String?
        let also: [String]?
    }

    static func labels() throws -> [Label] {
        let url = Package.root.appendingPathComponent("Tests/Fixtures/putin-kim-vostochny.labels.jsonl")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Label.self, from: Data($0.utf8))
        }
    }

    @Test func everySegmentMatchesTheLabels() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Package.sample)))
        let document = PlainTextReader().read(bytes, path: Package.sample)
        let analysis = try Analyzer(pack: Package.pack).analyze(document, matcher: .init())
        let labels = try Self.labels()
        #expect(analysis.segments.count == labels.count)
        for label in labels {
            let gold = ByteSpan(label.start, label.end)
            let segment = try #require(
                analysis.segments.max {
                    document.map.original($0.segment.span).overlap(with: gold) < document.map.original($1.segment.span).overlap(with: gold)
                })
            let text = document.string(segment.segment.span)
            let kind = label.segment == "body" ? SegmentKind.sentence : SegmentKind(rawValue: label.segment)
            #expect(segment.segment.kind == kind, "\(text)")
            if let tag = label.tag {
                let accepted = [tag] + (label.also ?? [])
                #expect(
                    accepted.contains(segment.tag?.rawValue ?? "none"),
                    "\(text): got \(segment.tag?.rawValue ?? "none"), rules \(segment.rules)")
            }
        }
    }

    @Test func evidenceSpansPointIntoTheFile() throws {
        let analysis = try analyze("Title line\n\nKremlin spokesperson Dmitry Peskov clarified that no documents were signed.")
        let sentence = try #require(analysis.segments.first { $0.segment.kind == .sentence })
        let attribution = try #require(sentence.attribution)
        #expect(analysis.document.string(attribution.cue) == "clarified")
        #expect(analysis.document.string(try #require(attribution.source)) == "Kremlin spokesperson Dmitry Peskov")
        #expect(attribution.kind == .named)
        #expect(sentence.tag == .attributed)
    }

    @Test func aHedgeInsideANamedReportDoesNotDemoteIt() throws {
        let analysis = try analyze("Title\n\nPutin hinted at the possible sale of rockets, which may happen soon.")
        let sentence = try #require(analysis.segments.last)
        #expect(sentence.tag == .attributed)
        #expect(!sentence.hedges.isEmpty)
    }

    @Test func vagueSourcesAndBareHedgesAreSpeculative() throws {
        let analysis = try analyze("Title\n\nSome experts suggested a swap. The leaders reportedly met. The leaders met.")
        let tags = analysis.segments.filter { $0.segment.kind == .sentence }.map(\.tag)
        #expect(tags == [.speculative, .speculative, .unattributed])
        #expect(analysis.segments[1].attribution?.kind == .vague)
    }

    @Test func pronounSourcesResolveToTheLastName() throws {
        let analysis = try analyze("Title\n\nJohn Bolton warned of a deal. He said it goes too far.")
        let last = try #require(analysis.segments.last?.attribution)
        #expect(last.kind == .pronoun)
        #expect(analysis.document.string(try #require(last.antecedent)) == "John Bolton")
    }

    @Test func quotationsContinueTheirSpeaker() throws {
        let analysis = try analyze("Title\n\n“We came for a reason,” Putin said. “They love rockets. And we will help.”")
        let tags = analysis.segments.filter { $0.segment.kind == .sentence }.map(\.tag)
        #expect(tags == [.attributed, .attributed, .attributed])
        #expect(analysis.segments.last?.attribution?.rule == "attributed.quote-continuation")
    }
}
