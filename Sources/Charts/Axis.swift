/// A value axis: what it measures, in which unit, over which range, and where its ticks go.
public struct Axis: Sendable {
    /// One labelled tick.
    public struct Tick: Sendable, Equatable {
        /// Position on the axis, in the axis unit.
        public var value: Double
        /// Text under (or beside) the tick.
        public var label: String

        /// A tick.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// What the axis measures, e.g. `Power`.
    public var title: String
    /// Its unit, e.g. `MW`; every axis names one so that no number on a chart is left without a unit.
    public var unit: String
    /// Fixed range, or `nil` to fit a nice range around the data.
    public var bounds: ClosedRange<Double>?
    /// Whether a fitted range must reach zero (bars, stacked areas and energy axes start at zero).
    public var includesZero: Bool
    /// Ticks given by the caller (dates, months); `nil` for nice ticks on the range.
    public var ticks: [Tick]?

    /// An axis.
    public init(title: String, unit: String, bounds: ClosedRange<Double>? = nil, includesZero: Bool = true, ticks: [Tick]? = nil) {
        self.title = title
        self.unit = unit
        self.bounds = bounds
        self.includesZero = includesZero
        self.ticks = ticks
    }

    /// `Title (unit)`, as printed along the axis.
    public var label: String { "\(title) (\(unit))" }

    /// The range and ticks to draw for data spanning `dataMinimum…dataMaximum`.
    func resolved(dataMinimum: Double, dataMaximum: Double) -> ResolvedAxis {
        if let bounds {
            let scale = NiceScale(lower: bounds.lowerBound, upper: bounds.upperBound)
            let ticks = self.ticks ?? scale.ticks.map { Tick(value: $0, label: NumberFormat.tick($0, step: scale.step)) }
            return ResolvedAxis(lower: bounds.lowerBound, upper: bounds.upperBound, ticks: ticks)
        }
        let low = includesZero ? min(0, dataMinimum) : dataMinimum
        let high = includesZero ? max(0, dataMaximum) : dataMaximum
        let scale = NiceScale(covering: low, high)
        let ticks = self.ticks ?? scale.ticks.map { Tick(value: $0, label: NumberFormat.tick($0, step: scale.step)) }
        return ResolvedAxis(lower: scale.lower, upper: scale.upper, ticks: ticks)
    }
}

/// The title and unit of an axis of categories (months, targets), whose ticks are the categories.
public struct CategoryAxis: Sendable {
    /// What the categories are, e.g. `Month`.
    public var title: String
    /// How they are counted, e.g. `calendar month of the hour of year`.
    public var unit: String
    /// One label per category, in drawing order.
    public var categories: [String]

    /// A category axis.
    public init(title: String, unit: String, categories: [String]) {
        self.title = title
        self.unit = unit
        self.categories = categories
    }

    /// `Title (unit)`, as printed along the axis.
    public var label: String { "\(title) (\(unit))" }
}

/// An axis with its range settled and its ticks placed.
struct ResolvedAxis {
    let lower: Double
    let upper: Double
    let ticks: [Axis.Tick]

    /// Maps a value to a position between `start` (at `lower`) and `end` (at `upper`).
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        let span = upper - lower
        guard span != 0 else { return start }
        return start + (value - lower) / span * (end - start)
    }
}
