import Dispatch
import Foundation
import PCRE2

/// Runs one job per item on a bounded number of workers, each with its own `Matcher`.
///
/// Results are stored by item index, so the output order never depends on scheduling.
package struct WorkerPool: Sendable {
    package let jobs: Int

    package init(jobs: Int) { self.jobs = max(1, jobs) }

    /// Calls `work` for every index in `0..<count` and returns the results in index order.
    /// `progress` is called after each item with the number done so far (from any worker).
    package func map<Result: Sendable>(
        count: Int, progress: (@Sendable (Int) -> Void)? = nil,
        _ work: @escaping @Sendable (Int, Matcher) -> Result
    ) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(count)
        forEachInOrder(count: count, window: max(count, 1), progress: progress, work) { _, result in results.append(result) }
        return results
    }
}

extension WorkerPool {
    /// Runs `work` for every index on the workers and hands each result to `consume` on the
    /// calling thread, in index order, as soon as it and all before it are done.
    ///
    /// Workers run at most `window` items ahead of the consumer, so memory holds at most
    /// `window` results whatever the corpus size.
    package func forEachInOrder<Result: Sendable>(
        count: Int, window: Int = 64, progress: (@Sendable (Int) -> Void)? = nil,
        _ work: @escaping @Sendable (Int, Matcher) -> Result, consume: (Int, Result) -> Void
    ) {
        let buffer = OrderedBuffer<Result>(count: count, window: max(window, jobs))
        let finished = DispatchGroup()
        for _ in 0..<min(jobs, max(1, count)) {
            finished.enter()
            let thread = Thread {
                let matcher = Matcher()
                while let index = buffer.claim() {
                    // Stored before reporting: `progress?(…)` would skip its argument when nil.
                    let done = buffer.store(work(index, matcher), at: index)
                    progress?(done)
                }
                finished.leave()
            }
            thread.start()
        }
        for index in 0..<count { consume(index, buffer.take(index)) }
        finished.wait()
    }
}

/// Results waiting to be consumed in order, and the bound on how far workers may run ahead.
private final class OrderedBuffer<Result>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var consumed = 0
    private var done = 0
    private var pending: [Int: Result] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count, next >= consumed + window { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: Result, at index: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        pending[index] = value
        done += 1
        condition.broadcast()
        return done
    }

    func take(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while pending[index] == nil { condition.wait() }
        consumed = index + 1
        condition.broadcast()
        return pending.removeValue(forKey: index)!
    }
}
