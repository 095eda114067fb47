import Foundation
import Testing

@testable import SourcedCore

/// The readers (Markdown, HTML) and the raw-byte scan of plain text read a
/// `sourced-ignore-next` comment the same way: one parser decides.
@Suite struct SuppressionCommentTests {
    static let cases: [(comment: String, reason: String?)] = [
        ("<!-- sourced-ignore-next: wire copy -->", "wire copy"),
        ("<!--sourced-ignore-next:wire copy-->", "wire copy"),
        ("<!-- sourced-ignore-next : spaced colon -->", "spaced colon"),
        ("<!-- sourced-ignore-next -->", ""),
        ("<!-- sourced-ignore-next: -->", ""),
        ("<!-- sourced-ignore-nextday: not the directive -->", nil),
        ("<!-- note: sourced-ignore-next: not at the start -->", nil),
        ("<!-- an ordinary comment -->", nil),
    ]

    /// "" stands for a comment without a reason, nil for no suppression at all.
    static func verdict(_ parsed: SuppressionComment?) -> String? {
        switch parsed {
        case nil: return nil
        case .missingReason?: return ""
        case .reason(let reason)?: return reason
        }
    }

    @Test(arguments: cases.indices)
    func readersAndScanAgree(_ index: Int) throws {
        let (comment, expected) = Self.cases[index]
        #expect(Self.verdict(SuppressionComment.parse(Array(comment.utf8))) == expected)
        let text = Array("Title\n\n\(comment)\nThe bridge fell.\n".utf8)
        switch expected {
        case nil:
            #expect(try Suppression.scan(text, path: "a.txt").isEmpty)
        case ""?:
            #expect(throws: SuppressionError.missingReason(path: "a.txt", line: 3)) { try Suppression.scan(text, path: "a.txt") }
        case let reason?:
            #expect(try Suppression.scan(text, path: "a.txt").map(\.reason) == [reason])
        }
        let markdown = try MarkdownReader().read(text, path: "a.md")
        #expect(markdown.blocks.last?.suppression == (expected?.isEmpty == false ? expected : nil))
    }
}
