import Foundation

/// Number formatting for tick labels, tables and cards, independent of the machine's locale so that a
/// report reads the same wherever it was written: `12,345.6`, never `12.345,6` or `1.23456e4`.
public enum NumberFormat {
    /// `value` with `decimals` digits after the point and a comma between thousands (`-1,234.50`).
    public static func grouped(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "−∞") }
        let fixed = String(format: "%.\(max(0, decimals))f", abs(value))
        let parts = fixed.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var index = integer.count - 3
        while index > 0 {
            integer.insert(",", at: integer.index(integer.startIndex, offsetBy: index))
            index -= 3
        }
        let body = parts.count > 1 ? "\(integer).\(parts[1])" : integer
        let isZero = fixed.allSatisfy { $0 == "0" || $0 == "." }
        return value < 0 && !isZero ? "−" + body : body
    }

    /// Digits after the point needed to print every multiple of `step` exactly: 0 for 5, 1 for 0.5, 2 for 0.25
    /// (at most 12, so that ticks of even a tiny range print as distinct labels).
    public static func decimals(forStep step: Double) -> Int {
        var digits = 0
        var scaled = abs(step)
        while digits < 12, abs(scaled - scaled.rounded()) > 1e-6 * scaled {
            scaled *= 10
            digits += 1
        }
        return digits
    }

    /// A short label for a tick of a scale with step `step`: `25,000`, `0.25`.
    public static func tick(_ value: Double, step: Double) -> String {
        grouped(value, decimals: decimals(forStep: step))
    }
}
