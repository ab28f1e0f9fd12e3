/// The range a column's value or a row's activity may take.
///
/// Equal lower and upper bounds are always represented as `.fixed`: GLPK rejects a double bound whose
/// ends coincide, so ``Bounds/init(lower:upper:)`` normalises them.
public enum Bounds: Sendable, Equatable {
    /// No bound on either side.
    case free
    /// Greater than or equal to the value.
    case atLeast(Double)
    /// Less than or equal to the value.
    case atMost(Double)
    /// Between the two values, inclusive; lower < upper.
    case between(Double, Double)
    /// Exactly the value.
    case fixed(Double)

    /// Builds bounds from optional ends (`nil` means unbounded on that side); equal ends become `.fixed`.
    public init(lower: Double?, upper: Double?) {
        switch (lower, upper) {
        case (nil, nil): self = .free
        case let (lower?, nil): self = .atLeast(lower)
        case let (nil, upper?): self = .atMost(upper)
        case let (lower?, upper?): self = lower == upper ? .fixed(lower) : .between(lower, upper)
        }
    }

    /// Non-negative and unbounded above: the default for a flow.
    public static let nonNegative = Bounds.atLeast(0)

    /// Between zero and `upper`; fixed at zero when `upper` is zero.
    public static func upTo(_ upper: Double) -> Bounds { Bounds(lower: 0, upper: upper) }

    /// The lower end, or `nil` when unbounded below.
    public var lower: Double? {
        switch self {
        case .free, .atMost: return nil
        case let .atLeast(value), let .between(value, _), let .fixed(value): return value
        }
    }

    /// The upper end, or `nil` when unbounded above.
    public var upper: Double? {
        switch self {
        case .free, .atLeast: return nil
        case let .atMost(value), let .between(_, value), let .fixed(value): return value
        }
    }

    /// Why these bounds cannot be given to a solver, or `nil` when they can.
    var defect: String? {
        for end in [lower, upper].compactMap({ $0 }) where !end.isFinite {
            return "bound \(end) is not a finite number (use an open side for 'unbounded')"
        }
        if case let .between(lower, upper) = self, lower > upper {
            return "lower bound \(lower) exceeds upper bound \(upper)"
        }
        return nil
    }
}
