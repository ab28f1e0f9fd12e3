import Scenario

/// One point of a sweep: a value for each varied parameter.
public struct SweepPoint: Sendable, Hashable, CustomStringConvertible {
    /// One parameter's value.
    public struct Assignment: Sendable, Hashable {
        /// The `--set` key.
        public let key: String
        /// The value, canonical text.
        public let value: String
    }

    /// The values, sorted by key.
    public let assignments: [Assignment]

    /// A point from key → value (values already canonical).
    public init(_ values: [String: String]) {
        assignments = values.sorted { $0.key < $1.key }.map { Assignment(key: $0.key, value: $0.value) }
    }

    /// `battery.power_mw=500;dr.share_of_peak=0.02`: the point's identity in a results database, the same
    /// whatever the order of the `--vary` flags or of a points file's columns.
    public var key: String { assignments.map { "\($0.key)=\($0.value)" }.joined(separator: ";") }

    /// `battery.power_mw=500 dr.share_of_peak=0.02`, for messages.
    public var description: String { assignments.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }

    /// The value of `key`, if the point sets it.
    public subscript(key: String) -> String? { assignments.first { $0.key == key }?.value }

    /// The point as `--set` overrides.
    public var overrides: [Override] { assignments.compactMap { Override("\($0.key)=\($0.value)") } }

    /// Reads a key written by ``key``; nil when it is not `k=v;k=v`.
    public init?(key: String) {
        var values: [String: String] = [:]
        for part in key.split(separator: ";") {
            guard let equals = part.firstIndex(of: "=") else { return nil }
            values[String(part[..<equals])] = String(part[part.index(after: equals)...])
        }
        guard !values.isEmpty else { return nil }
        self.init(values)
    }
}
