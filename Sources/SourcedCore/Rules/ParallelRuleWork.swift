import Dispatch
import Foundation

/// Start-up work on rule files (parsing, compiling) spread over all cores.
enum ParallelRuleWork {
    /// `body(i)` for every index, results in index order; the first error in index order is
    /// thrown, whatever the scheduling. `cost(i)` estimates each item's work: the costliest
    /// start first, so that no core is left alone with a big one at the end.
    static func map<Value>(
        _ count: Int, cost: (Int) -> Int = { _ in 0 }, _ body: @Sendable (Int) throws(RuleError) -> Value
    ) throws(RuleError) -> [Value] {
        let order = (0..<count).sorted { cost($0) > cost($1) }
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { turn in
            let index = order[turn]
            do throws(RuleError) {
                slots[index] = .success(try body(index))
            } catch {
                slots[index] = .failure(error)
            }
        }
        var values: [Value] = []
        values.reserveCapacity(count)
        for result in slots.values { values.append(try result.get()) }
        return values
    }

    /// Results placed by index from concurrent workers.
    private final class Slots<Value>: @unchecked Sendable {
        private var items: [Result<Value, RuleError>?]
        private let lock = NSLock()

        init(count: Int) { items = Array(repeating: nil, count: count) }

        subscript(index: Int) -> Result<Value, RuleError>? {
            get { lock.withLock { items[index] } }
            set { lock.withLock { items[index] = newValue } }
        }

        var values: [Result<Value, RuleError>] { lock.withLock { items.map { $0! } } }
    }
}
