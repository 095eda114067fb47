import Foundation

/// A `<!-- sourced-ignore-next: reason -->` comment and the block it silences.
///
/// The Markdown/HTML readers record the same comment as `Block.suppression`, which
/// `ArticleSummary` prefers; this scan of the raw bytes covers plain-text files and makes a
/// comment without a reason an input error for `check` (the readers only warn).
package struct Suppression: Sendable, Equatable {
    /// Byte range, in the original file, of the block after the comment.
    package var block: Range<Int>
    package var reason: String
    /// 1-based line of the comment.
    package var line: Int

    /// Whether a sentence (original byte range) lies in the silenced block, even partly.
    package func covers(_ range: Range<Int>) -> Bool { range.overlaps(block) }

    /// The reason a segment is suppressed: the reader's `Block.suppression` (Markdown/HTML),
    /// else a comment found by `scan` whose block covers the segment; nil when it is not.
    /// `check` and `audit` both decide through here.
    package static func reason(of segment: Segment, in document: SourceDocument, found: [Suppression]) -> String? {
        if document.blocks.indices.contains(segment.block), let reason = document.blocks[segment.block].suppression { return reason }
        guard !found.isEmpty else { return nil }
        let original = document.map.original(segment.span)
        return found.first { $0.covers(original.range) }?.reason
    }

    static let marker = Array("<!--".utf8)

    /// Every suppression comment in `bytes`; a comment without a reason is an error.
    package static func scan(_ bytes: [UInt8], path: String) throws(SuppressionError) -> [Suppression] {
        var found: [Suppression] = []
        var index = 0
        while let open = find(marker, in: bytes, from: index) {
            guard let close = find(Array("-->".utf8), in: bytes, from: open + 4) else { break }
            index = close + 3
            let line = { bytes[..<open].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
            switch SuppressionComment.parse(Array(bytes[(open + 4)..<close])) {
            case nil: continue
            case .missingReason?: throw .missingReason(path: path, line: line())
            case .reason(let reason)?:
                found.append(Suppression(block: nextBlock(in: bytes, after: index), reason: reason, line: line()))
            }
        }
        return found
    }

    /// The paragraph after `offset`: from the next non-blank byte to the next blank line.
    static func nextBlock(in bytes: [UInt8], after offset: Int) -> Range<Int> {
        var start = offset
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        var end = start
        while end < bytes.count {
            if bytes[end] == 0x0A, isBlankLine(bytes, from: end + 1) { break }
            end += 1
        }
        return start..<end
    }

    private static func isBlankLine(_ bytes: [UInt8], from index: Int) -> Bool {
        var cursor = index
        while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == 0x0D { cursor += 1 }
        return cursor >= bytes.count || bytes[cursor] == 0x0A
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}

/// A malformed suppression comment.
package enum SuppressionError: Error, LocalizedError, Equatable, Sendable {
    case missingReason(path: String, line: Int)

    package var errorDescription: String? {
        switch self {
        case .missingReason(let path, let line):
            return "\(path):\(line): 'sourced-ignore-next' needs a reason (write <!-- sourced-ignore-next: why -->)"
        }
    }
}
