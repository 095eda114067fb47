/// An input the batch could not use, with the reason; the batch goes on without it.
public struct InputFailure: Sendable, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
