/// Placeholder until the libxml2 reader lands.
public struct HTMLReader: Sendable {
    public init() {}
    public func read(_ bytes: [UInt8], path: String) -> SourceDocument {
        PlainTextReader().read(bytes, path: path)
    }
}
