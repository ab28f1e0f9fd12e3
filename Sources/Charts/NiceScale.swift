import Foundation

/// Axis bounds and tick values a reader takes in at a glance: steps of 1, 2, 2.5 or 5 times a power of ten,
/// bounds on a multiple of the step (0–25,000 in steps of 5,000 rather than 1,234–23,456 in steps of 3,703.7).
public struct NiceScale: Sendable, Equatable {
    /// Lowest value on the axis, a multiple of `step`.
    public let lower: Double
    /// Highest value on the axis, a multiple of `step`.
    public let upper: Double
    /// Distance between ticks.
    public let step: Double

    /// The smallest nice scale that covers `minimum…maximum` with about `targetTickCount` ticks.
    public init(covering minimum: Double, _ maximum: Double, targetTickCount: Int = 6) {
        var (low, high) = (min(minimum, maximum), max(minimum, maximum))
        if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        if high - low < 1e-12 {
            // A flat series: zero gets the axis 0–1, anything else ±10 % around its value.
            let pad = abs(low) * 0.1
            (low, high) = pad == 0 ? (0, 1) : (low - pad, high + pad)
        }
        var step = Self.niceStep(for: high - low, targetTickCount: targetTickCount)
        func bounds(_ step: Double) -> (Double, Double) {
            ((low / step + 1e-9).rounded(.down) * step, (high / step - 1e-9).rounded(.up) * step)
        }
        // Rounding to the nearest step can leave too many ticks once the bounds are rounded out; widen the step then.
        while case let (lower, upper) = bounds(step), (upper - lower) / step > Double(targetTickCount + 1) + 1e-9 {
            step = Self.nextStep(after: step)
        }
        self.step = step
        (self.lower, self.upper) = bounds(step)
    }

    /// A scale with fixed bounds (a share axis from 0 to 100 %) and a nice step inside them.
    public init(lower: Double, upper: Double, targetTickCount: Int = 6) {
        self.lower = min(lower, upper)
        self.upper = max(lower, upper) > self.lower ? max(lower, upper) : self.lower + 1
        self.step = Self.niceStep(for: self.upper - self.lower, targetTickCount: targetTickCount)
    }

    /// Tick values: every multiple of `step` from `lower` to `upper`, rounded so that 0.1 + 0.2 prints as 0.3.
    public var ticks: [Double] {
        let first = (lower / step - 1e-9).rounded(.up)
        let last = (upper / step + 1e-9).rounded(.down)
        guard first <= last else { return [] }
        let digits = Double(NumberFormat.decimals(forStep: step))
        let unit = pow(10, digits)
        return stride(from: first, through: last, by: 1).map { (($0 * step) * unit).rounded() / unit }
    }

    /// The next larger nice step: 1 → 2 → 2.5 → 5 → 10 (× 10ⁿ).
    static func nextStep(after step: Double) -> Double {
        let magnitude = pow(10, (log10(step) + 1e-9).rounded(.down))
        let fraction = step / magnitude
        let next: Double = fraction < 1.5 ? 2 : fraction < 2.25 ? 2.5 : fraction < 3.5 ? 5 : 10
        return next * magnitude
    }

    /// The nice step nearest to `span` divided into `targetTickCount − 1` intervals: 1, 2, 2.5 or 5 × 10ⁿ.
    /// Nearest rather than next larger, so that a range is not padded by most of a step (0–27,500 gets steps
    /// of 5,000, not 10,000 and an axis to 30,000 with a quarter of it empty below zero).
    public static func niceStep(for span: Double, targetTickCount: Int) -> Double {
        let intervals = Double(max(1, targetTickCount - 1))
        let raw = max(span, 1e-12) / intervals
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction < 1.5 ? 1 : fraction < 2.25 ? 2 : fraction < 3.5 ? 2.5 : fraction < 7.5 ? 5 : 10
        return nice * magnitude
    }
}
