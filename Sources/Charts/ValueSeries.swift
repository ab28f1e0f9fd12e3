/// A named, coloured series of non-negative amounts, one per point or category; negative values count as zero
/// when stacked.
public struct ValueSeries: Sendable {
    /// Name in the legend.
    public var name: String
    /// CSS colour.
    public var color: String
    /// One amount per x value or category, in the value axis unit.
    public var values: [Double]

    /// A series.
    public init(name: String, color: String, values: [Double]) {
        self.name = name
        self.color = color
        self.values = values
    }
}

/// One layer of a stacked area chart.
public typealias AreaLayer = ValueSeries

/// One series of a bar chart, stacked on the series before it.
public typealias BarSeries = ValueSeries
