import GridModel

/// Which 168 hours of a long window to draw hour by hour: a week holds both the daily cycle and the weather of
/// several days, while a year of hours would be an unreadable smear.
enum DisplayWeek {
    static let hours = 168

    /// The week around the highest value: from midnight three days before the peak's day, so that the peak falls
    /// on the fourth day; shifted to stay inside the window. The whole window when it is a week or shorter.
    static func aroundPeak(of values: [Double], window: HourWindow) -> Range<Int> {
        guard values.count > hours, let peak = values.indices.max(by: { values[$0] < values[$1] }) else { return values.indices }
        let peakDayStart = peak - (window.first - 1 + peak) % 24
        let start = min(values.count - hours, max(0, peakDayStart - 72))
        return start..<(start + hours)
    }

    /// The week (starting at a midnight, or at the window's edges) with the largest sum of `values`; `nil` when
    /// no value exceeds `negligible`, so there is nothing to show. The whole window when it is a week or shorter.
    static func largestSum(of values: [Double], window: HourWindow, negligible: Double) -> Range<Int>? {
        guard values.contains(where: { $0 > negligible }) else { return nil }
        guard values.count > hours else { return values.indices }
        var prefix = [0.0]
        prefix.reserveCapacity(values.count + 1)
        for value in values { prefix.append(prefix[prefix.count - 1] + value) }
        let midnights = window.blocks(ofHours: 24).map(\.lowerBound)
        let starts = (midnights + [values.count - hours]).filter { $0 + hours <= values.count }
        let best = starts.max { prefix[$0 + hours] - prefix[$0] < prefix[$1 + hours] - prefix[$1] } ?? 0
        return best..<(best + hours)
    }
}
