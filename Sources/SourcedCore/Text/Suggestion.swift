/// "Did you mean …?" for a mistyped command or rule id: the closest candidates by edit
/// distance, when close enough to be a typo.
package enum Suggestion {
    /// Up to `limit` candidates within a sixth of the word's length (at least 2 edits), closest first.
    package static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let allowed = max(2, word.count / 6)
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }.filter { $0.1 <= allowed }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// "(did you mean 'a' or 'b'?)", or "" when nothing is close.
    package static func hint(for word: String, in candidates: [String]) -> String {
        let found = closest(to: word, in: candidates)
        guard !found.isEmpty else { return "" }
        return "did you mean " + found.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    /// Levenshtein distance, with a transposition counting as one edit ("audti" → "audit").
    package static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], previous2[j - 2] + 1) }
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }
}
