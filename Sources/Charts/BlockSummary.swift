/// The lowest, highest and mean value of a block of consecutive points: how a year of hourly values is shown
/// as 365 daily points without hiding its range.
public struct BlockSummary: Sendable, Equatable {
    /// Index of the block's first point in the original series.
    public let start: Int
    /// Lowest value in the block.
    public let minimum: Double
    /// Highest value in the block.
    public let maximum: Double
    /// Mean of the block.
    public let mean: Double

    /// A block summary.
    public init(start: Int, minimum: Double, maximum: Double, mean: Double) {
        self.start = start
        self.minimum = minimum
        self.maximum = maximum
        self.mean = mean
    }

    /// One summary per range of `values` (e.g. the calendar days of a window); empty ranges are skipped.
    public static func summaries(of values: [Double], over ranges: [Range<Int>]) -> [BlockSummary] {
        ranges.compactMap { range in
            let block = values[range.clamped(to: values.indices)]
            guard let low = block.min(), let high = block.max() else { return nil }
            return BlockSummary(start: range.lowerBound, minimum: low, maximum: high, mean: block.reduce(0, +) / Double(block.count))
        }
    }
}
