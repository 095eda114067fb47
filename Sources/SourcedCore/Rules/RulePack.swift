import Foundation
import PCRE2

/// Every rule loaded from one or more rule folders, compiled once and shared read-only
/// by all workers.
package final class RulePack: Sendable {
    package let rules: [CompiledRule]
    /// The rules as their files give them, in the order of `rules`: examples, explain, patterns.
    package let definitions: [RuleDefinition]
    package let lexicons: [String: Lexicon]
    package let abbreviations: Abbreviations
    /// Lower-cased word hash → mask of the lexicons whose entries start with that word.
    let wordGates: WordGateTable
    let prefilter: LiteralPrefilter
    let attributions: [CompiledRule]
    /// Attribution rules that run only on a sentence nothing else attributes or hedges.
    let fallbacks: [CompiledRule]
    let hedges: [CompiledRule]
    let exceptions: [CompiledRule]
    let sources: [CompiledRule]
    let boilerplate: [CompiledRule]
    let headings: [CompiledRule]
    let continuation: CompiledRule?
    /// Phrase rules, in file order (their index is their place here).
    let phrases: [CompiledRule]
    /// The `name` fragment compiled alone, used to resolve pronouns to people.
    let namePattern: Pattern?
    /// The part-of-speech tagger of the first rule folder holding `tagger/ewt.tsv`, if any.
    package let tagger: Tagger?
    /// Lexicons whose words are verbs (`part-of-speech: verb`): their noun readings are not cues.
    let verbLexicons: UInt64
    /// The lexicons source phrases are trimmed and typed by.
    let wordClasses: WordClasses
    /// What token patterns read: each word's lexicons, literal word ids, whether to tag.
    let tokenTables: TokenEncoding.Tables

    package static let maxLexicons = 64
    /// Where a rule folder keeps the tagger's data.
    package static let taggerFile = "tagger/ewt.tsv"

    /// Loads and compiles every `*.yml` under `directories`; `disabled` rule ids are skipped.
    package convenience init(directories: [String], disabled: Set<String> = []) throws(RuleError) {
        // Reading the tagger's weights is a good part of start-up: it overlaps parsing and compiling.
        let taggerPath = directories.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + Self.taggerFile }
            .first { FileManager.default.fileExists(atPath: $0) }
        let tagger = Background { () throws(RuleError) in try taggerPath.map { (path) throws(RuleError) in try Tagger(contentsOf: path) } }
        var found: [(file: String, id: String)] = []
        for directory in directories {
            found += try RuleFiles.list(in: directory).filter { !disabled.contains($0.id) }
        }
        let files = found
        let definitions = try ParallelRuleWork.map(files.count) { (index) throws(RuleError) in
            let (file, id) = files[index]
            return try RuleFileParser(file: file, id: id).load()
        }
        var seen: [String: String] = [:]
        for (file, id) in files {
            if let other = seen[id] { throw .duplicateId(file: file, id: id, other: other) }
            seen[id] = file
        }
        try self.init(definitions: definitions, loadTagger: { () throws(RuleError) in try tagger.value() })
    }

    /// Compiles parsed definitions (also used to run one rule alone).
    package convenience init(definitions: [RuleDefinition], tagger: Tagger? = nil) throws(RuleError) {
        try self.init(definitions: definitions, loadTagger: { () throws(RuleError) in tagger })
    }

    /// `loadTagger` is called once the rules are compiled.
    private init(definitions: [RuleDefinition], loadTagger: () throws(RuleError) -> Tagger?) throws(RuleError) {
        let compiler = try RuleCompiler(definitions: definitions)
        let all = try compiler.compileAll()
        tagger = try loadTagger()
        rules = all
        self.definitions = definitions
        lexicons = compiler.lexicons
        wordGates = WordGateTable(compiler.wordGates())
        let wordClasses = WordClasses(lexicons: compiler.lexicons)
        self.wordClasses = wordClasses
        tokenTables = TokenEncoding.Tables(
            lexicons: LexiconTokens(compiler.lexicons),
            words: Dictionary(compiler.tokenWords.map { (WordHash.hash(Array($0.key.utf8)), $0.value) }, uniquingKeysWith: { a, _ in a }),
            tagsNeeded: all.contains(where: \.usesTags), notNames: wordClasses.notNames)
        let verbLists = Set(
            definitions.compactMap { definition -> String? in
                guard case .lexicon(let list) = definition.spec, list.partOfSpeech == .verb else { return nil }
                return definition.referenceName
            })
        verbLexicons = compiler.lexicons.values.filter { verbLists.contains($0.name) }.reduce(0) { $0 | 1 << UInt64($1.bit) }
        // Required literals, then `contains` literals (`LiteralPrefilter.containsBit`).
        prefilter = LiteralPrefilter(literals: all.map(\.gate.required) + all.map(\.gate.prefilterContains))
        func of(_ kind: RuleKind) -> [CompiledRule] { all.filter { $0.kind == kind } }
        attributions = of(.attribution).filter { !$0.fallback }
        fallbacks = of(.attribution).filter(\.fallback)
        hedges = of(.hedge)
        exceptions = of(.exception)
        // Specific shapes are tried before general ones: "a senior official" is anonymous, not named.
        let priority: [SourceKind] = [.anonymous, .vague, .pronoun, .document, .named, .auto]
        sources = of(.source).sorted {
            (priority.firstIndex(of: $0.sourceKind ?? .named)!, $0.id) < (priority.firstIndex(of: $1.sourceKind ?? .named)!, $1.id)
        }
        boilerplate = of(.boilerplate)
        headings = of(.heading)
        continuation = of(.continuation).first
        phrases = of(.phrase)
        namePattern = definitions.first { $0.kind == .fragment && $0.referenceName == "name" }.flatMap { name in
            name.characterPattern.flatMap { try? Pattern(compiler.expandFragment(name), options: $0.flags) }
        }
        let lists = definitions.compactMap { definition -> RuleSpec.Abbreviations? in
            guard case .abbreviations(let lists) = definition.spec else { return nil }
            return lists
        }
        abbreviations = Abbreviations(
            neverFinal: lists.flatMap(\.neverFinal), maybeFinal: lists.flatMap(\.maybeFinal), starters: lists.flatMap(\.starters))
    }

    package func rule(_ id: String) -> CompiledRule? { rules.first { $0.id == id } }

    /// A rule as its file gives it (for its examples and documentation).
    package func definition(_ id: String) -> RuleDefinition? { definitions.first { $0.id == id } }

}

/// Finds rule files under a folder and derives their ids from the relative path.
enum RuleFiles {
    /// Data files at the root of a rule folder that are not rules (score weights, claim cues).
    static let dataFiles: Set<String> = [ScoreWeights.fileName, ClaimCues.fileName]

    static func list(in directory: String) throws(RuleError) -> [(file: String, id: String)] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unreadable(file: directory, reason: "not a folder")
        }
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw .unreadable(file: directory, reason: "cannot list folder")
        }
        var files: [(String, String)] = []
        for case let url as URL in enumerator where ["yml", "yaml"].contains(url.pathExtension) {
            let relative = url.standardizedFileURL.path.dropFirst(root.path.count + 1)
            if dataFiles.contains(String(relative)) { continue }
            let id = relative.split(separator: "/").joined(separator: ".")
                .replacingOccurrences(of: ".yml", with: "").replacingOccurrences(of: ".yaml", with: "")
            let display = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            files.append((display, id))
        }
        if files.isEmpty { throw .noRules(directory: directory) }
        return files.sorted { $0.1 < $1.1 }
    }
}
