import Foundation

/// One `--vary KEY=SPEC`: a parameter of the case and the values it takes.
public struct SweepAxis: Sendable, Equatable {
    /// The `--set` key varied: `battery.power_mw`, `dr.share_of_peak`, `target.ID`, `plan.dr_share`, `plan.ID`.
    public let key: String
    /// The values in order, as canonical text (`0.3`, not `0.30000000000000004`).
    public let values: [String]

    /// Most values one parameter may take: a slip such as `0:1e9:1` is an error, not hours of waiting.
    public static let maximumValues = 100_000

    /// Parses `KEY=start:stop:step` (stop included when a step lands within 1e-9 of it) or `KEY=a,b,c`.
    public init(parsing text: String) throws(SweepInputError) {
        let flag = "--vary \(text)"
        let usage = "write KEY=start:stop:step or KEY=a,b,c, e.g. battery.power_mw=0:6000:1000 or dr.share_of_peak=0,0.04,0.08"
        guard let equals = text.firstIndex(of: "=") else { throw SweepInputError(flag: flag, message: "no '='; \(usage)") }
        key = text[..<equals].trimmingCharacters(in: .whitespaces)
        if let defect = Self.keyDefect(key) { throw SweepInputError(flag: flag, message: "\(defect); \(usage)") }
        let spec = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !spec.isEmpty else { throw SweepInputError(flag: flag, message: "no values after '='; \(usage)") }
        values = try spec.contains(":") ? Self.range(spec, flag: flag) : Self.list(spec, flag: flag)
    }

    /// Why `key` cannot name a parameter, or nil when it can (whether the case has it is checked by loading it).
    static func keyDefect(_ key: String) -> String? {
        if key.isEmpty { return "the key is empty" }
        if key.contains(where: { $0.isWhitespace || ";=,:\"".contains($0) }) {
            return "the key '\(key)' contains a space or one of ; = , : \""
        }
        return nil
    }

    private static func range(_ spec: String, flag: String) throws(SweepInputError) -> [String] {
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = parts.compactMap { ParameterValue.number($0.replacingOccurrences(of: "_", with: "")) }
        guard parts.count == 3, numbers.count == 3 else {
            throw SweepInputError(flag: flag, message: "'\(spec)' is not start:stop:step with three finite numbers, e.g. 0:6000:1000")
        }
        let (start, stop, step) = (numbers[0], numbers[1], numbers[2])
        guard step != 0 else { throw SweepInputError(flag: flag, message: "the step is 0; it must be a nonzero number, e.g. 0:6000:1000") }
        let steps = ((stop - start) / step + 1e-9).rounded(.down)
        guard steps >= 0 else {
            throw SweepInputError(flag: flag, message: "a step of \(parts[2]) never reaches \(parts[1]) from \(parts[0]); use a step of the other sign")
        }
        guard steps < Double(maximumValues) else {
            throw SweepInputError(flag: flag, message: "\(String(format: "%.0f", steps + 1)) values; at most \(maximumValues) per parameter (use a larger step)")
        }
        return (0...Int(steps)).map { ParameterValue.text(start + Double($0) * step) }
    }

    private static func list(_ spec: String, flag: String) throws(SweepInputError) -> [String] {
        var values: [String] = []
        for item in spec.split(separator: ",", omittingEmptySubsequences: false) {
            let value = ParameterValue.canonical(String(item))
            if let defect = ParameterValue.defect(value) { throw SweepInputError(flag: flag, message: "\(defect); write KEY=a,b,c") }
            guard !values.contains(value) else { throw SweepInputError(flag: flag, message: "the value \(value) is listed twice") }
            values.append(value)
        }
        return values
    }
}
