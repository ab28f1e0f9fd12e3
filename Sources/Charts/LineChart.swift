/// A series drawn as a line through `(x[i], y[i])`.
public struct LineSeries: Sendable {
    /// Name in the legend.
    public var name: String
    /// CSS colour.
    public var color: String
    /// Horizontal values, in the x axis unit.
    public var x: [Double]
    /// Vertical values, in the y axis unit.
    public var y: [Double]
    /// Dashed, to tell a "before" from an "after" in the same colour.
    public var dashed: Bool
    /// Stroke width, SVG units.
    public var width: Double

    /// A line series (`x` and `y` of equal length).
    public init(name: String, color: String, x: [Double], y: [Double], dashed: Bool = false, width: Double = 2) {
        self.name = name
        self.color = color
        self.x = x
        self.y = y
        self.dashed = dashed
        self.width = width
    }

    /// The line as an SVG polyline in `frame`.
    func svg(in frame: ChartFrame) -> String {
        let points = zip(x, y).map { (frame.x($0), frame.y($1)) }
        var attributes = [("points", SVG.points(points)), ("fill", "none"), ("stroke", color), ("stroke-width", SVG.number(width)),
                          ("stroke-linejoin", "round")]
        if dashed { attributes.append(("stroke-dasharray", "7 4")) }
        return SVG.element("polyline", attributes)
    }

    var legendEntry: LegendEntry { LegendEntry(label: name, color: color, mark: dashed ? .dashedLine : .line) }
}

/// A shaded band between `lower[i]` and `upper[i]` (e.g. each day's lowest and highest state of charge).
public struct BandSeries: Sendable {
    /// Name in the legend.
    public var name: String
    /// CSS colour (drawn pale).
    public var color: String
    /// Horizontal values, in the x axis unit.
    public var x: [Double]
    /// Lower edge, in the y axis unit.
    public var lower: [Double]
    /// Upper edge, in the y axis unit.
    public var upper: [Double]

    /// A band (`x`, `lower` and `upper` of equal length).
    public init(name: String, color: String, x: [Double], lower: [Double], upper: [Double]) {
        self.name = name
        self.color = color
        self.x = x
        self.lower = lower
        self.upper = upper
    }

    func svg(in frame: ChartFrame) -> String {
        let top = zip(x, upper).map { (frame.x($0), frame.y($1)) }
        let bottom = zip(x, lower).map { (frame.x($0), frame.y($1)) }.reversed()
        return SVG.element("polygon", [("points", SVG.points(top + bottom)), ("fill", color), ("fill-opacity", "0.3"), ("stroke", "none")])
    }
}

/// Lines (and optional bands) against two value axes: time series, duration curves, state of charge.
public struct LineChart: Sendable {
    /// What the chart shows, for screen readers and the SVG's `<title>`.
    public var title: String
    /// Drawing size.
    public var size: ChartSize
    /// Horizontal axis.
    public var xAxis: Axis
    /// Vertical axis.
    public var yAxis: Axis
    /// Bands, drawn first (under the lines).
    public var bands: [BandSeries]
    /// Lines, drawn in order.
    public var lines: [LineSeries]

    /// A line chart.
    public init(title: String, size: ChartSize = ChartSize(), xAxis: Axis, yAxis: Axis, bands: [BandSeries] = [], lines: [LineSeries]) {
        self.title = title
        self.size = size
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.bands = bands
        self.lines = lines
    }

    var frame: ChartFrame {
        let xs = lines.flatMap(\.x) + bands.flatMap(\.x)
        let ys = lines.flatMap(\.y) + bands.flatMap(\.lower) + bands.flatMap(\.upper)
        let horizontal = xAxis.resolved(dataMinimum: xs.min() ?? 0, dataMaximum: xs.max() ?? 1)
        let vertical = yAxis.resolved(dataMinimum: ys.min() ?? 0, dataMaximum: ys.max() ?? 1)
        let legend = bands.map { LegendEntry(label: $0.name, color: $0.color, mark: .band) } + lines.map(\.legendEntry)
        return ChartFrame(size: size, title: title, legend: legend, horizontal: .values(xAxis, horizontal), verticalAxis: yAxis, vertical: vertical)
    }

    /// Where data is drawn, SVG units.
    public var plotArea: PlotArea { frame.plot }

    /// The chart as an inline SVG element.
    public func svg() -> String {
        let frame = self.frame
        return frame.svg(data: bands.map { $0.svg(in: frame) }.joined() + lines.map { $0.svg(in: frame) }.joined())
    }
}
