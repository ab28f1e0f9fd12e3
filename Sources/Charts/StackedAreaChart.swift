/// Layers stacked upward from zero (what supplies the load) and downward from zero (what draws from the grid:
/// charging, exports), with lines drawn on top (the load).
public struct StackedAreaChart: Sendable {
    /// What the chart shows, for screen readers and the SVG's `<title>`.
    public var title: String
    /// Drawing size.
    public var size: ChartSize
    /// Horizontal axis.
    public var xAxis: Axis
    /// Vertical axis.
    public var yAxis: Axis
    /// Horizontal positions shared by every layer.
    public var x: [Double]
    /// Layers stacked above zero, first at the bottom.
    public var above: [AreaLayer]
    /// Layers stacked below zero, first next to the zero line; amounts are given as positive numbers.
    public var below: [AreaLayer]
    /// Lines drawn over the areas.
    public var lines: [LineSeries]

    /// A stacked area chart.
    public init(title: String, size: ChartSize = ChartSize(), xAxis: Axis, yAxis: Axis, x: [Double], above: [AreaLayer],
                below: [AreaLayer] = [], lines: [LineSeries] = []) {
        self.title = title
        self.size = size
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.x = x
        self.above = above
        self.below = below
        self.lines = lines
    }

    /// Running totals: edges[k][i] is the edge after k layers at point i (edges[0] is zero).
    private func edges(_ layers: [AreaLayer], sign: Double) -> [[Double]] {
        var edges = [[Double](repeating: 0, count: x.count)]
        for layer in layers {
            let previous = edges[edges.count - 1]
            edges.append(x.indices.map { previous[$0] + sign * max(0, $0 < layer.values.count ? layer.values[$0] : 0) })
        }
        return edges
    }

    var frame: ChartFrame {
        let top = edges(above, sign: 1).last ?? [], bottom = edges(below, sign: -1).last ?? []
        let ys = top + bottom + lines.flatMap(\.y)
        let horizontal = xAxis.resolved(dataMinimum: x.min() ?? 0, dataMaximum: x.max() ?? 1)
        let vertical = yAxis.resolved(dataMinimum: ys.min() ?? 0, dataMaximum: ys.max() ?? 1)
        let legend = (above + below).map { LegendEntry(label: $0.name, color: $0.color, mark: .swatch) } + lines.map(\.legendEntry)
        return ChartFrame(size: size, title: title, legend: legend, horizontal: .values(xAxis, horizontal), verticalAxis: yAxis, vertical: vertical)
    }

    /// Where data is drawn, SVG units.
    public var plotArea: PlotArea { frame.plot }

    /// The chart as an inline SVG element.
    public func svg() -> String {
        let frame = self.frame
        var shapes: [String] = []
        for (layers, sign) in [(above, 1.0), (below, -1.0)] {
            let edges = self.edges(layers, sign: sign)
            for (index, layer) in layers.enumerated() {
                let outer = x.indices.map { (frame.x(x[$0]), frame.y(edges[index + 1][$0])) }
                let inner = x.indices.reversed().map { (frame.x(x[$0]), frame.y(edges[index][$0])) }
                shapes.append(SVG.element("polygon", [("class", "layer"), ("points", SVG.points(outer + inner)), ("fill", layer.color),
                                                      ("stroke", layer.color), ("stroke-width", "0.5")]))
            }
        }
        return frame.svg(data: shapes.joined() + lines.map { $0.svg(in: frame) }.joined())
    }
}
