import Foundation
import PCRE2
@_exported import TestSupport

@testable import SourcedCore

/// Paths inside the package, found from this file so tests run from any folder.
enum Package {
    static let root = Checkout.root
    static let rules = Checkout.rules
    static let sample = Checkout.sample
    /// The development corpus beside the project; absent on a user's fresh clone.
    static let corpus = Checkout.corpus

    static let pack: RulePack = {
        do { return try RulePack(directories: [rules]) } catch { fatalError("bundled rules do not load: \(error)") }
    }()
}

func analyze(_ text: String, pack: RulePack = Package.pack) throws -> DocumentAnalysis {
    let document = PlainTextReader().read(Array(text.utf8), path: "test.txt")
    return try Analyzer(pack: pack).analyze(document, matcher: Matcher())
}

/// Writes rule files into a fresh temporary folder.
func ruleFolder(_ files: [String: String]) throws -> String { try temporaryFolder(files, prefix: "rules") }

/// The tiny rule pack of the report and score tests (`Tests/Fixtures/rules-mini`).
let miniRules = Package.root.appendingPathComponent("Tests/Fixtures/rules-mini").path
