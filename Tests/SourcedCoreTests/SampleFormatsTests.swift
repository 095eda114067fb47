import Foundation
import TestSupport
import Testing

@testable import SourcedCore

/// The bundled sample article as plain text, Markdown and HTML.
@Suite struct SampleFormatsTests {
    static let samples = Checkout.root.appendingPathComponent("Samples")

    static func load(_ ext: String) throws -> SourceDocument {
        try DocumentLoader().load(path: samples.appendingPathComponent("putin-kim-vostochny.\(ext)").path)
    }

    /// Promotions, syndication and credit lines, which each format places differently.
    static let boilerplatePrefixes = ["Bombshell 2024", "Petition Gains", "The post ", "Featured Image Credit"]

    /// Block texts without boilerplate, whitespace collapsed.
    static func articleTexts(_ document: SourceDocument) -> [String] {
        zip(document.blocks, blockTexts(document))
            .filter { block, text in
                block.hint != .boilerplate && !boilerplatePrefixes.contains { text.hasPrefix($0) }
            }
            .map { $0.1.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    /// 1-based line of the first occurrence of `needle` in the file.
    static func fileLine(of needle: String, in document: SourceDocument) -> Int? {
        let bytes = document.original
        let pattern = Array(needle.utf8)
        for start in 0...(bytes.count - pattern.count)
        where bytes[start..<start + pattern.count].elementsEqual(pattern) {
            return LineIndex(bytes).line(of: start)
        }
        return nil
    }

    @Test func allFormatsGiveTheSameBlocks() throws {
        let text = try Self.articleTexts(Self.load("txt"))
        #expect(text.count == 26)
        #expect(try Self.articleTexts(Self.load("md")) == text)
        #expect(try Self.articleTexts(Self.load("html")) == text)
    }

    @Test(arguments: ["md", "html"]) func hintsOfTheMarkup(ext: String) throws {
        let document = try Self.load(ext)
        let headings = zip(document.blocks, blockTexts(document)).filter { $0.0.hint == .heading }.map(\.1)
        #expect(document.blocks.first?.hint == .title)
        #expect(document.blocks.filter { $0.hint == .title }.count == 1)
        #expect(
            headings == [
                "Russia’s Plans to Help North Korea", "Strengthening of Ties",
                "Economic Cooperation and Humanitarian Issues", "The Space Center",
            ])
        #expect(document.blocks.allSatisfy { $0.suppression == nil })
    }

    @Test(arguments: ["txt", "md", "html"]) func sentencesMapToTheirLineInTheFile(ext: String) throws {
        let document = try Self.load(ext)
        // Files wrap lines and put markup inside sentences; these first and last words are
        // verbatim and unique in every format.
        let sentences: [(text: String, head: String, tail: String)] = [
            ("“That’s exactly why we came here.”", "“That’s exactly", "came here.”"),
            ("Some experts suggested it implies the potential exchange", "Some experts", "potential exchange"),
            ("Kim Jong Un views military satellites as crucial", "Kim Jong Un views", "as crucial"),
            ("Former U.S. National Security Adviser John Bolton warned that", "Former U.S.", "warned that"),
            ("an apparent allusion to the U.S. and the West.", "an apparent allusion", "and the West."),
            ("Hours before the summit, North Korea launched", "Hours before", "North Korea launched"),
        ]
        for (sentence, head, tail) in sentences {
            #expect(originalLine(of: sentence, in: document) == Self.fileLine(of: head, in: document))
            #expect(originalText(of: head, in: document) == head)
            #expect(originalText(of: tail, in: document) == tail)
            let mapped = span(of: sentence, in: document).map { document.map.original($0) }
            let file = String(decoding: document.original[mapped?.range ?? 0..<0], as: UTF8.self)
            #expect(file.hasPrefix(head) && file.hasSuffix(tail))
        }
    }

    @Test func htmlHeadlineWithEntitiesPointsAtTheH1() throws {
        let document = try Self.load("html")
        let headline = "‘Bartering Russian Rockets for North Korean Weapons’ – Are Putin"
        #expect(originalLine(of: headline, in: document) == Self.fileLine(of: "<h1 class", in: document))
        #expect(originalText(of: "Bartering Russian Rockets", in: document) == "Bartering Russian Rockets")
        #expect(originalLine(of: "hegemonic forces,”", in: document) == Self.fileLine(of: "hegemonic", in: document))
    }

    /// Sentence texts (whitespace collapsed) with their tags.
    static func taggedSentences(_ ext: String) throws -> [String] {
        let document = try load(ext)
        let analysis = try Analyzer(pack: Package.pack).analyze(document, matcher: .init())
        return analysis.segments.filter { $0.segment.kind == .sentence }.map {
            let text = document.string($0.segment.span).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return "\($0.tag?.rawValue ?? "none"): \(text)"
        }
    }

    @Test func allFormatsGiveTheSameTags() throws {
        let text = try Self.taggedSentences("txt")
        #expect(text.count == 24)
        #expect(try Self.taggedSentences("md") == text)
        #expect(try Self.taggedSentences("html") == text)
    }
}
