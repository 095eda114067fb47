import Dispatch
import Foundation
import PCRE2

/// Runs one job per item on a bounded number of workers, each with its own `Matcher`.
///
/// Results are stored by item index, so the output order never depends on scheduling.
public struct WorkerPool: Sendable {
    public let jobs: Int

    public init(jobs: Int) { self.jobs = max(1, jobs) }

    /// Calls `work` for every index in `0..<count` and returns the results in index order.
    /// `progress` is called after each item with the number done so far (from any worker).
    public func map<Result: Sendable>(
        count: Int, progress: (@Sendable (Int) -> Void)? = nil,
        _ work: @Sendable (Int, Matcher) -> Result
    ) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, count))) { _ in
            let matcher = Matcher()
            while let index = slots.claim() {
                let done = slots.store(work(index, matcher), at: index)
                progress?(done)
            }
        }
        return slots.results()
    }
}

/// The shared queue position and the result slots, behind one lock.
private final class Slots<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var values: [Result?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < values.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: Result, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        values[index] = value
        done += 1
        return done
    }

    func results() -> [Result] { values.map { $0! } }
}
