/// A results database that could not be opened, read or written.
public struct SweepStoreError: Error, Sendable, CustomStringConvertible {
    /// The database file.
    public var path: String
    /// What failed.
    public var message: String

    /// An error about the database at `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
