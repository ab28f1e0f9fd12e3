/// Vertical bars, one stack per category (monthly curtailment by kind, for instance).
public struct BarChart: Sendable {
    /// What the chart shows, for screen readers and the SVG's `<title>`.
    public var title: String
    /// Drawing size.
    public var size: ChartSize
    /// The categories along the bottom.
    public var categoryAxis: CategoryAxis
    /// The vertical value axis.
    public var valueAxis: Axis
    /// Series, stacked in order from the bottom.
    public var series: [BarSeries]

    /// A bar chart.
    public init(title: String, size: ChartSize = ChartSize(), categoryAxis: CategoryAxis, valueAxis: Axis, series: [BarSeries]) {
        self.title = title
        self.size = size
        self.categoryAxis = categoryAxis
        self.valueAxis = valueAxis
        self.series = series
    }

    /// Stacked total of each category.
    private var totals: [Double] {
        categoryAxis.categories.indices.map { index in
            series.reduce(0) { $0 + max(0, index < $1.values.count ? $1.values[index] : 0) }
        }
    }

    var frame: ChartFrame {
        let vertical = valueAxis.resolved(dataMinimum: 0, dataMaximum: totals.max() ?? 1)
        let legend = series.map { LegendEntry(label: $0.name, color: $0.color, mark: .swatch) }
        return ChartFrame(size: size, title: title, legend: legend, horizontal: .categories(categoryAxis), verticalAxis: valueAxis, vertical: vertical)
    }

    /// Where data is drawn, SVG units.
    public var plotArea: PlotArea { frame.plot }

    /// The chart as an inline SVG element; each bar is a `<rect class="bar">` whose tooltip gives its value.
    public func svg() -> String {
        let frame = self.frame
        let count = categoryAxis.categories.count
        var bars: [String] = []
        for index in 0..<count {
            let slot = frame.slot(index, of: count)
            let width = slot.width * 0.7
            var base = 0.0
            for entry in series {
                let value = max(0, index < entry.values.count ? entry.values[index] : 0)
                guard value > 0 else { continue }
                let top = frame.y(base + value), bottom = frame.y(base)
                let tooltip = "\(categoryAxis.categories[index]), \(entry.name): \(NumberFormat.grouped(value, decimals: value < 10 ? 2 : 0)) \(valueAxis.unit)"
                bars.append(SVG.element("rect", [
                    ("class", "bar"), ("x", SVG.number(slot.x + (slot.width - width) / 2)), ("y", SVG.number(top)),
                    ("width", SVG.number(width)), ("height", SVG.number(bottom - top)), ("fill", entry.color),
                ], content: SVG.element("title", [], content: SVG.escape(tooltip))))
                base += value
            }
        }
        return frame.svg(data: bars.joined())
    }
}
