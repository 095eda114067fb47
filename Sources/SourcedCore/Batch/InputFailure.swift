/// An input the batch could not use, with the reason; the batch goes on without it.
package struct InputFailure: Sendable, Equatable {
    package var path: String
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
