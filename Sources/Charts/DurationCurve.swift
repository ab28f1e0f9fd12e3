/// Duration curves: each series sorted from highest to lowest, so the x value says for how many hours the
/// series was at least the y value (load duration, net load duration, price duration).
public struct DurationCurve: Sendable {
    /// One hourly series to sort and draw.
    public struct Curve: Sendable {
        /// Name in the legend.
        public var name: String
        /// CSS colour.
        public var color: String
        /// Hourly values in any order, in the value axis unit.
        public var values: [Double]
        /// Dashed, to tell a "before" from an "after" in the same colour.
        public var dashed: Bool

        /// A curve.
        public init(name: String, color: String, values: [Double], dashed: Bool = false) {
            self.name = name
            self.color = color
            self.values = values
            self.dashed = dashed
        }
    }

    /// What the chart shows, for screen readers and the SVG's `<title>`.
    public var title: String
    /// Drawing size.
    public var size: ChartSize
    /// The vertical axis (the sorted values).
    public var valueAxis: Axis
    /// The curves.
    public var curves: [Curve]
    /// Most points drawn per curve; longer series are sampled at evenly spaced ranks (peak and minimum kept).
    public var maxPoints: Int

    /// A duration-curve chart.
    public init(title: String, size: ChartSize = ChartSize(), valueAxis: Axis, curves: [Curve], maxPoints: Int = 500) {
        self.title = title
        self.size = size
        self.valueAxis = valueAxis
        self.curves = curves
        self.maxPoints = maxPoints
    }

    /// Whether any curve has more hours than `maxPoints`, so that the drawing is a sample (say so in a caption).
    public var isSampled: Bool { curves.contains { $0.values.count > maxPoints } }

    /// `values` sorted from highest to lowest, as (hours at or above, value) pairs, at most `maxPoints` of them
    /// at evenly spaced ranks; the first (the peak) and the last (the minimum) are always kept.
    public static func sampled(_ values: [Double], maxPoints: Int) -> (hours: [Double], values: [Double]) {
        let sorted = values.sorted(by: >)
        guard !sorted.isEmpty else { return ([], []) }
        let count = sorted.count
        let ranks: [Int] = count <= maxPoints || maxPoints < 2
            ? Array(0..<count)
            : (0..<maxPoints).map { Int((Double($0) * Double(count - 1) / Double(maxPoints - 1)).rounded()) }
        return (ranks.map { Double($0 + 1) }, ranks.map { sorted[$0] })
    }

    /// The line chart that draws the sorted curves.
    public var lineChart: LineChart {
        let hours = curves.map(\.values.count).max() ?? 1
        let lines = curves.map { curve -> LineSeries in
            let points = Self.sampled(curve.values, maxPoints: maxPoints)
            return LineSeries(name: curve.name, color: curve.color, x: points.hours, y: points.values, dashed: curve.dashed)
        }
        let hourAxis = Axis(title: "Hours at or above the value", unit: "h", bounds: 0...Double(max(1, hours)))
        return LineChart(title: title, size: size, xAxis: hourAxis, yAxis: valueAxis, lines: lines)
    }

    /// Where data is drawn, SVG units.
    public var plotArea: PlotArea { lineChart.plotArea }

    /// The chart as an inline SVG element.
    public func svg() -> String { lineChart.svg() }
}
