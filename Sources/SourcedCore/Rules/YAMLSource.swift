import Yams

/// Composes a YAML file into nodes and locates problems, for the strict readers of
/// rule files, data files and configuration.
enum YAMLSource {
    /// A syntax error at a 1-based line and column.
    struct SyntaxError: Error {
        let line: Int
        let column: Int
        let message: String
    }

    static func compose(_ yaml: String) throws(SyntaxError) -> Node? {
        do {
            // No implicit tag resolution: the readers convert scalars themselves (`int`, `float`
            // and `string` read the text), and resolving every word of a word list with
            // Yams' regexes was a measurable part of start-up.
            return try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                throw SyntaxError(line: mark.line, column: mark.column, message: problem)
            default:
                throw SyntaxError(line: 1, column: 1, message: "\(error)")
            }
        } catch {
            throw SyntaxError(line: 1, column: 1, message: "\(error)")
        }
    }
}

extension Node {
    /// 1-based line of the node in its file.
    var line: Int { mark?.line ?? 1 }
    /// 1-based column of the node in its file.
    var column: Int { mark?.column ?? 1 }
}
