import Dispatch
import PCRE2

/// Maps items on a few worker threads, each with its own `Matcher`; results keep input order.
enum ParallelMap {
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], workers: Int, _ transform: @Sendable (Item, Matcher) -> Output
    ) -> [Output] {
        let slots = Slots<Output>(count: items.count)
        let workers = max(1, min(workers, items.count))
        // Striding keeps workers lock-free; the items are many and similar in size.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let matcher = Matcher()
            for index in stride(from: worker, to: items.count, by: workers) {
                slots.set(index, transform(items[index], matcher))
            }
        }
        return slots.values()
    }

    /// Result storage written by index from several threads; each index is written once.
    private final class Slots<Output>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Output?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func set(_ index: Int, _ value: Output) { buffer[index] = value }
        func values() -> [Output] { buffer.compactMap { $0 } }
    }
}
