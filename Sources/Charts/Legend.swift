/// One entry of a chart's legend: a mark in the series' colour and its name.
public struct LegendEntry: Sendable, Equatable {
    /// How the mark looks, matching how the series is drawn.
    public enum Mark: Sendable, Equatable {
        /// A filled square (areas, bars).
        case swatch
        /// A solid line.
        case line
        /// A dashed line.
        case dashedLine
        /// A pale square (a min–max band).
        case band
    }

    /// Series name.
    public var label: String
    /// CSS colour.
    public var color: String
    /// Mark.
    public var mark: Mark

    /// A legend entry.
    public init(label: String, color: String, mark: Mark) {
        self.label = label
        self.color = color
        self.mark = mark
    }
}

/// A legend laid out in rows above the plot, so that it never covers data.
struct LegendLayout {
    static let fontSize = 13.0
    static let rowHeight = 20.0
    static let markWidth = 16.0
    static let gap = 18.0

    /// Entries with their positions (x of the mark, y of the row's centre).
    let placed: [(entry: LegendEntry, x: Double, y: Double)]
    /// Height the legend takes, 0 without entries.
    let height: Double

    /// Lays out `entries` from `left` to `right`, starting at `top`, wrapping to new rows.
    init(_ entries: [LegendEntry], left: Double, right: Double, top: Double) {
        var placed: [(LegendEntry, Double, Double)] = []
        var x = left, row = 0
        for entry in entries {
            let width = Self.markWidth + 6 + TextMetrics.width(of: entry.label, fontSize: Self.fontSize)
            if x > left, x + width > right {
                row += 1
                x = left
            }
            placed.append((entry, x, top + Double(row) * Self.rowHeight + Self.rowHeight / 2))
            x += width + Self.gap
        }
        self.placed = placed
        self.height = entries.isEmpty ? 0 : Double(row + 1) * Self.rowHeight
    }

    /// The legend as SVG.
    func svg() -> String {
        guard !placed.isEmpty else { return "" }
        let items = placed.map { entry, x, y -> String in
            let mark: String
            switch entry.mark {
            case .swatch:
                mark = SVG.element("rect", [("x", SVG.number(x)), ("y", SVG.number(y - 6)), ("width", "14"), ("height", "12"), ("fill", entry.color)])
            case .band:
                mark = SVG.element("rect", [("x", SVG.number(x)), ("y", SVG.number(y - 6)), ("width", "14"), ("height", "12"),
                                            ("fill", entry.color), ("fill-opacity", "0.3")])
            case .line, .dashedLine:
                var attributes = [("x1", SVG.number(x)), ("y1", SVG.number(y)), ("x2", SVG.number(x + Self.markWidth)), ("y2", SVG.number(y)),
                                  ("stroke", entry.color), ("stroke-width", "2.5")]
                if entry.mark == .dashedLine { attributes.append(("stroke-dasharray", "5 3")) }
                mark = SVG.element("line", attributes)
            }
            let label = SVG.element("text", [("x", SVG.number(x + Self.markWidth + 6)), ("y", SVG.number(y + 4.5))], content: SVG.escape(entry.label))
            return mark + label
        }
        return SVG.element("g", [("class", "legend"), ("font-size", SVG.number(Self.fontSize))], content: items.joined())
    }
}
