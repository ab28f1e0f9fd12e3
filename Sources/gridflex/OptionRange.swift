import ArgumentParser

/// Checks a number given on the command line: finite and within its range, or a usage error (exit 64) naming the
/// option and both limits.
enum OptionRange {
    /// `value` when it is finite and within `range`.
    static func check(_ option: String, _ value: Double?, _ range: ClosedRange<Double>, unit: String) throws {
        guard let value else { return }
        guard value.isFinite, range.contains(value) else {
            throw ValidationError("\(option) \(value): give a number within \(describe(range.lowerBound))–\(describe(range.upperBound))\(unit.isEmpty ? "" : " \(unit)")")
        }
    }

    /// `value` when it is within `range`.
    static func check(_ option: String, _ value: Int?, _ range: ClosedRange<Int>, unit: String) throws {
        guard let value else { return }
        guard range.contains(value) else {
            throw ValidationError("\(option) \(value): give a whole number within \(range.lowerBound)–\(range.upperBound)\(unit.isEmpty ? "" : " \(unit)")")
        }
    }

    private static func describe(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
