import Foundation

/// Work started on its own thread at once, its result waited for when needed.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, RuleError>?

    init(_ work: @escaping @Sendable () throws(RuleError) -> Value) {
        let thread = Thread { [self] in
            do throws(RuleError) {
                result = .success(try work())
            } catch {
                result = .failure(error)
            }
            done.signal()
        }
        thread.start()
    }

    /// The work's result, once it has finished (the semaphore orders the write before this read).
    func value() throws(RuleError) -> Value {
        done.wait()
        // Later callers find the result already set.
        done.signal()
        return try result!.get()
    }
}
