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
