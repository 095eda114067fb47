import Foundation

/// Per-rule match cost, for rule authors: with `SOURCED_PROFILE_RULES=1` it collects the time
/// spent in each rule's pattern, how often it ran and matched; the CLI prints the table at exit.
/// Off by default; when off the only cost is one branch per rule run.
package enum RuleProfile {
    package static let enabled: Bool =
        ProcessInfo.processInfo.environment["SOURCED_PROFILE_RULES"].map { !$0.isEmpty && $0 != "0" } ?? false

    package static let table = Table()

    @inline(__always) static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func record(_ rule: String, since start: UInt64, matches: Int) {
        table.add(rule, nanoseconds: now() - start, matches: matches)
    }

    /// `work`'s result, its time recorded under `name` when profiling.
    @inline(__always) static func timed<T>(_ name: String, _ work: () -> T) -> T {
        guard enabled else { return work() }
        let start = now()
        defer { record(name, since: start, matches: 0) }
        return work()
    }

    package final class Table: @unchecked Sendable {
        private let lock = NSLock()
        private var rows: [String: (nanoseconds: UInt64, runs: Int, matches: Int)] = [:]

        func add(_ rule: String, nanoseconds: UInt64, matches: Int) {
            lock.lock()
            defer { lock.unlock() }
            rows[rule, default: (0, 0, 0)].nanoseconds += nanoseconds
            rows[rule, default: (0, 0, 0)].runs += 1
            rows[rule, default: (0, 0, 0)].matches += matches
        }

        /// The table as text, costliest rule first.
        package func report() -> String {
            lock.lock()
            defer { lock.unlock() }
            let total = rows.values.reduce(0) { $0 + $1.nanoseconds }
            var text = "rule profile (time in each rule's pattern; runs = subjects it ran on after gating)\n"
            text += "     ms      %       runs    matches  rule\n"
            for (rule, row) in rows.sorted(by: { ($0.value.nanoseconds, $1.key) > ($1.value.nanoseconds, $0.key) }) {
                let ms = Double(row.nanoseconds) / 1e6
                let share = total == 0 ? 0 : Double(row.nanoseconds) * 100 / Double(total)
                text += String(format: "%7.1f %6.1f %10d %10d  %@\n", ms, share, row.runs, row.matches, rule)
            }
            text += String(format: "%7.1f  total\n", Double(total) / 1e6)
            return text
        }
    }
}
