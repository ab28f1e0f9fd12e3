/// Bad sweep input: the flag or file at fault, what is wrong and what would be valid.
public struct SweepInputError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Where the problem is, as the user wrote it: `--vary battery.power_mw=0:6000:0`, `--shard 3/3`, `points.csv:4`.
    public var flag: String
    /// What is wrong, and what would be valid.
    public var message: String

    /// An error about `flag`.
    public init(flag: String, message: String) {
        self.flag = flag
        self.message = message
    }

    /// `flag: message`.
    public var description: String { "\(flag): \(message)" }
}
