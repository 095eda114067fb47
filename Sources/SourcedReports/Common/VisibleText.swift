/// Text from articles and file names made safe for a terminal or a log: every control
/// character a terminal would act on (ESC starting a CSI/OSC sequence, BEL, backspace, C1
/// controls, bidirectional overrides) is shown as an escape such as `\x1b` and never emitted.
package enum VisibleText {
    /// `text` with control characters shown as escapes; line breaks and tabs are kept when
    /// `keepingLineBreaks` (multi-line output), else shown too.
    package static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar, keepingLineBreaks: keepingLineBreaks) else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            let escape = scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }

    static func isControl(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x0A: return !keepingLineBreaks
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        // Bidirectional embeddings, overrides and isolates reorder what the reader sees.
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
