/// The size of a chart's drawing, in SVG user units. The SVG scales to the width of its container (a
/// `viewBox` with `width="100%"`), so this sets the aspect ratio and how large text is next to the data.
public struct ChartSize: Sendable, Equatable {
    /// Width, SVG units.
    public var width: Double
    /// Height, SVG units.
    public var height: Double

    /// A size; the default suits a chart across a 1,280 px page.
    public init(width: Double = 960, height: Double = 380) {
        self.width = width
        self.height = height
    }
}

/// The rectangle where data is drawn (inside the axes), in SVG user units.
public struct PlotArea: Sendable, Equatable {
    /// Left edge.
    public let x: Double
    /// Top edge.
    public let y: Double
    /// Width.
    public let width: Double
    /// Height.
    public let height: Double

    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
}
