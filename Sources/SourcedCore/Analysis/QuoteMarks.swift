/// Double quotation marks as the analysis reads them: curly, straight, and `''` (which stands
/// for one in some archives).
enum QuoteMarks {
    /// The double quotation mark at `index`, if any: whether it opens a quotation and its length.
    /// `open`: whether a quotation is open before it; `sawContent`: whether the sentence has
    /// anything before it.
    static func mark(in text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, open: Bool, sawContent: Bool) -> (
        opens: Bool, length: Int
    )? {
        let byte = text[index]
        if byte == 0xE2, index + 2 < end, text[index + 1] == 0x80, text[index + 2] == 0x9C || text[index + 2] == 0x9D {
            // A closing mark that starts a sentence outside a quotation is a misprinted opening one.
            return (text[index + 2] == 0x9C || (!open && !sawContent), 3)
        }
        if byte == UInt8(ascii: "\"") { return (!open, 1) }
        if byte == UInt8(ascii: "'"), index + 1 < end, text[index + 1] == UInt8(ascii: "'") {
            return (!open, 2)
        }
        return nil
    }

    /// Whether a quotation is open at the end of `range`, given whether one was at its start.
    static func isOpen(after range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, openAtStart: Bool) -> Bool {
        var open = openAtStart
        var sawContent = false
        var index = range.lowerBound
        while index < range.upperBound {
            if let found = mark(in: text, at: index, end: range.upperBound, open: open, sawContent: sawContent) {
                open = found.opens
                sawContent = true
                index += found.length
                continue
            }
            if text[index] != 0x20 { sawContent = true }
            index += 1
        }
        return open
    }
}
