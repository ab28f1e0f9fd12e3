/// The parts every chart shares: the SVG root, the legend above the plot, grid lines, both axes with their
/// ticks and titles, and the mapping from data values to positions.
struct ChartFrame {
    /// What runs along the horizontal axis.
    enum Horizontal {
        /// Numbers (hours, dates), with the axis settled for the data.
        case values(Axis, ResolvedAxis)
        /// Named slots (months), one per category.
        case categories(CategoryAxis)
    }

    static let padding = 10.0
    static let tickFontSize = 12.0
    static let titleFontSize = 13.0
    static let textColor = "#333"
    static let gridColor = "#e2e2e2"
    static let axisColor = "#666"

    let size: ChartSize
    let title: String
    let legend: LegendLayout
    let plot: PlotArea
    let horizontal: Horizontal
    let verticalAxis: Axis
    let vertical: ResolvedAxis

    init(size: ChartSize, title: String, legend entries: [LegendEntry], horizontal: Horizontal, verticalAxis: Axis, vertical: ResolvedAxis) {
        let padding = Self.padding
        let widestTick = vertical.ticks.map { TextMetrics.width(of: $0.label, fontSize: Self.tickFontSize) }.max() ?? 0
        let left = (padding + Self.titleFontSize + 10 + widestTick + 8).rounded(.up)
        let lastLabel: String
        switch horizontal {
        case let .values(_, resolved): lastLabel = resolved.ticks.last?.label ?? ""
        case .categories: lastLabel = ""
        }
        let right = (padding + max(12, TextMetrics.width(of: lastLabel, fontSize: Self.tickFontSize) / 2)).rounded(.up)
        let legend = LegendLayout(entries, left: left, right: size.width - right, top: padding)
        let top = (padding + legend.height + (legend.height > 0 ? 10 : 6)).rounded(.up)
        let bottom = 56.0
        self.size = size
        self.title = title
        self.legend = legend
        self.plot = PlotArea(x: left, y: top, width: max(10, size.width - left - right), height: max(10, size.height - top - bottom))
        self.horizontal = horizontal
        self.verticalAxis = verticalAxis
        self.vertical = vertical
    }

    /// Horizontal position of a value (value axes only; clamped to the plot).
    func x(_ value: Double) -> Double {
        guard case let .values(_, resolved) = horizontal else { return plot.x }
        return min(plot.maxX, max(plot.x, resolved.position(value, from: plot.x, to: plot.maxX)))
    }

    /// Vertical position of a value, clamped to the plot so that nothing is drawn outside the axes.
    func y(_ value: Double) -> Double {
        min(plot.maxY, max(plot.y, vertical.position(value, from: plot.maxY, to: plot.y)))
    }

    /// Left edge and width of the slot of category `index`.
    func slot(_ index: Int, of count: Int) -> (x: Double, width: Double) {
        let width = plot.width / Double(max(1, count))
        return (plot.x + Double(index) * width, width)
    }

    /// The whole chart: root element, title, legend, grid, data (drawn before the axes so that axes stay on top).
    func svg(data: String) -> String {
        let content = SVG.element("title", [], content: SVG.escape(title)) + legend.svg() + grid() + SVG.element("g", [("class", "data")], content: data)
            + horizontalAxis() + verticalAxisMarkup()
        return SVG.element("svg", [
            ("class", "chart"), ("viewBox", "0 0 \(SVG.number(size.width)) \(SVG.number(size.height))"), ("width", "100%"),
            ("role", "img"), ("aria-label", title), ("font-size", SVG.number(Self.tickFontSize)), ("fill", Self.textColor),
        ], content: content)
    }

    private func grid() -> String {
        var lines = vertical.ticks.map { tick in
            SVG.element("line", [("x1", SVG.number(plot.x)), ("x2", SVG.number(plot.maxX)), ("y1", SVG.number(y(tick.value))),
                                 ("y2", SVG.number(y(tick.value))), ("stroke", Self.gridColor)])
        }
        if vertical.lower < 0, vertical.upper > 0 {
            lines.append(SVG.element("line", [("class", "zero-line"), ("x1", SVG.number(plot.x)), ("x2", SVG.number(plot.maxX)),
                                              ("y1", SVG.number(y(0))), ("y2", SVG.number(y(0))), ("stroke", Self.axisColor)]))
        }
        let background = SVG.element("rect", [("class", "plot-area"), ("x", SVG.number(plot.x)), ("y", SVG.number(plot.y)),
                                              ("width", SVG.number(plot.width)), ("height", SVG.number(plot.height)), ("fill", "#fff")])
        return SVG.element("g", [("class", "grid")], content: background + lines.joined())
    }

    private func horizontalAxis() -> String {
        var parts = [SVG.element("line", [("x1", SVG.number(plot.x)), ("x2", SVG.number(plot.maxX)), ("y1", SVG.number(plot.maxY)),
                                          ("y2", SVG.number(plot.maxY)), ("stroke", Self.axisColor)])]
        let labelY = SVG.number(plot.maxY + 20)
        let axisLabel: String
        switch horizontal {
        case let .values(axis, resolved):
            axisLabel = axis.label
            let ticks = resolved.ticks.filter { $0.value >= resolved.lower - 1e-9 && $0.value <= resolved.upper + 1e-9 }
            let positions = ticks.map { x($0.value) }
            let stride = Self.labelStride(positions: positions, labels: ticks.map(\.label))
            for (index, tick) in ticks.enumerated() {
                let position = SVG.number(positions[index])
                parts.append(SVG.element("line", [("x1", position), ("x2", position), ("y1", SVG.number(plot.maxY)),
                                                  ("y2", SVG.number(plot.maxY + 5)), ("stroke", Self.axisColor)]))
                if index % stride == 0 {
                    parts.append(SVG.element("text", [("x", position), ("y", labelY), ("text-anchor", "middle")], content: SVG.escape(tick.label)))
                }
            }
        case let .categories(axis):
            axisLabel = axis.label
            let centres = axis.categories.indices.map { slot($0, of: axis.categories.count) }.map { $0.x + $0.width / 2 }
            let stride = Self.labelStride(positions: centres, labels: axis.categories)
            for (index, category) in axis.categories.enumerated() where index % stride == 0 {
                parts.append(SVG.element("text", [("x", SVG.number(centres[index])), ("y", labelY), ("text-anchor", "middle")],
                                         content: SVG.escape(category)))
            }
        }
        parts.append(SVG.element("text", [("class", "axis-label"), ("x", SVG.number(plot.x + plot.width / 2)), ("y", SVG.number(plot.maxY + 44)),
                                          ("text-anchor", "middle"), ("font-size", SVG.number(Self.titleFontSize))], content: SVG.escape(axisLabel)))
        return SVG.element("g", [("class", "axis x-axis")], content: parts.joined())
    }

    private func verticalAxisMarkup() -> String {
        var parts = [SVG.element("line", [("x1", SVG.number(plot.x)), ("x2", SVG.number(plot.x)), ("y1", SVG.number(plot.y)),
                                          ("y2", SVG.number(plot.maxY)), ("stroke", Self.axisColor)])]
        for tick in vertical.ticks where tick.value >= vertical.lower - 1e-9 && tick.value <= vertical.upper + 1e-9 {
            let position = y(tick.value)
            parts.append(SVG.element("line", [("x1", SVG.number(plot.x - 5)), ("x2", SVG.number(plot.x)), ("y1", SVG.number(position)),
                                              ("y2", SVG.number(position)), ("stroke", Self.axisColor)]))
            parts.append(SVG.element("text", [("x", SVG.number(plot.x - 8)), ("y", SVG.number(position + 4)), ("text-anchor", "end")],
                                     content: SVG.escape(tick.label)))
        }
        let centre = plot.y + plot.height / 2
        let titleX = Self.padding + Self.titleFontSize - 2
        // A long title on a short chart is set smaller rather than run past the plot's ends.
        let fullWidth = TextMetrics.width(of: verticalAxis.label, fontSize: Self.titleFontSize)
        let fontSize = max(9, min(Self.titleFontSize, Self.titleFontSize * (plot.height + 30) / fullWidth))
        parts.append(SVG.element("text", [("class", "axis-label"), ("x", SVG.number(titleX)), ("y", SVG.number(centre)), ("text-anchor", "middle"),
                                          ("font-size", SVG.number(fontSize)),
                                          ("transform", "rotate(-90 \(SVG.number(titleX)) \(SVG.number(centre)))")],
                                 content: SVG.escape(verticalAxis.label)))
        return SVG.element("g", [("class", "axis y-axis")], content: parts.joined())
    }

    /// Every how-many-th label to print so that neighbouring labels do not overlap.
    static func labelStride(positions: [Double], labels: [String]) -> Int {
        guard positions.count > 1 else { return 1 }
        let spacing = zip(positions.dropFirst(), positions).map { $0 - $1 }.min() ?? 1
        let widest = labels.map { TextMetrics.width(of: $0, fontSize: tickFontSize) }.max() ?? 0
        return max(1, Int(((widest + 10) / max(spacing, 1e-6)).rounded(.up)))
    }
}
