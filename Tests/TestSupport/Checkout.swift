import Foundation

/// Paths inside the checkout, found from this file so every test target runs from any folder.
package enum Checkout {
    package static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `relative` inside the checkout, as a path.
    package static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The bundled rule pack.
    package static let rules = path("Rules")
    /// The bundled sample article.
    package static let sample = path("Samples/putin-kim-vostochny.txt")

    /// The development corpus beside the project; absent on a user's fresh clone, where the
    /// tests that read it skip.
    package static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
    package static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus) }
}

/// Writes `files` (relative path → contents) into a fresh temporary folder and returns its path.
package func temporaryFolder(_ files: [String: String], prefix: String = "sourced") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, contents) in files {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }
    return folder.path
}

/// Test rule files shared by the test targets' tiny packs.
package enum TestRules {
    /// A named source of two capitalised words before "said" ("Anna Berg said so.").
    package static let said = """
        version: 1
        kind: attribution
        source: named
        pattern: '(?<source>\\b[A-Z][a-z]+ [A-Z][a-z]+)\\s+(?<cue>said)\\b'
        examples:
          match:
            - "⟪Anna Berg⟫ ⟦said⟧ so."
        """
}
