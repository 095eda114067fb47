import SourcedCore

/// Wraps text to a column width at spaces, with a hanging indent (terminal reports).
struct TextWrapper {
    var width: Int

    /// Lines of `text` wrapped so that `indent` + line fits `width`; the first line starts
    /// after `first` characters already printed, later lines after `indent` spaces.
    func wrap(_ text: String, first: Int, indent: Int) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var lines: [String] = []
        var current = ""
        var room = max(width - first, 20)
        for word in words {
            if current.isEmpty {
                current = word
            } else if Self.width(current) + 1 + Self.width(word) <= room {
                current += " " + word
            } else {
                lines.append(current)
                current = word
                room = max(width - indent, 20)
            }
            // A word longer than a line is cut so no line runs past the width.
            while Self.width(current) > room, !current.contains("\u{1B}") {
                lines.append(String(current.prefix(room)))
                current = String(current.dropFirst(room))
                room = max(width - indent, 20)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Columns `text` takes on a terminal: colour sequences (`ESC [ … m`) take none.
    static func width(_ text: String) -> Int {
        guard text.contains("\u{1B}") else { return text.count }
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// `label` followed by `text`, wrapped with a hanging indent of `indent`.
    func block(_ label: String, _ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let head = label.count <= indent ? label + String(repeating: " ", count: indent - label.count) : label + " "
        let lines = wrap(text, first: head.count, indent: indent)
        return head + lines.joined(separator: "\n" + pad) + "\n"
    }
}
