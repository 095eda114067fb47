/// The format of an article file, chosen from its extension unless the user overrides it.
package enum InputFormat: String, CaseIterable, Sendable, Equatable {
    case text
    case markdown
    case html

    /// The format for a path: `.md`/`.markdown` are Markdown, `.html`/`.htm` HTML,
    /// anything else (and standard input, `-`) plain text.
    package init(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            self = .text
            return
        }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: self = .text
        }
    }
}
