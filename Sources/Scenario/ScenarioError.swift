/// Bad input, located: the file, the line where known, the key path, what is wrong and what would be valid.
public struct ScenarioError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file that holds the problem.
    public var file: String
    /// 1-based line in the file, where known.
    public var line: Int?
    /// Key path inside a case file (`resources[2].capacity_mw`) or column of a CSV file, where known.
    public var key: String?
    /// What is wrong, and what would be valid.
    public var message: String

    /// A located error.
    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `file:line: key: message`.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let key { location += ": \(key)" }
        return "\(location): \(message)"
    }
}
