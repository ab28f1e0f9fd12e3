import GridModel
import LinearProgramming

extension DispatchModel {
    /// Adds the row `PREFIX[ID]`: Σ over every hour of the window of `series` (each a non-negative column per hour
    /// with one coefficient), plus `other` terms, within `bounds`. The hours are summed a day at a time: a column
    /// `PREFIX_day[ID,d=N]` (`PREFIX_day_neg[…]` for the terms with negative coefficients) equals the day's sum
    /// (row of the same name), and the named row adds the days up.
    ///
    /// Same feasible set, same objective, same dual on `PREFIX[ID]` as one row with an entry in every hour. But
    /// GLPK's interior point forms A·D·Aᵀ row by row, and a row with an entry in every hour makes that quadratic in
    /// the window's length: a full year with three targets took minutes instead of seconds. The day sums are
    /// non-negative columns (the series' columns are), not free ones: GLPK's interior point stalls on free columns.
    mutating func addWindowRow(_ prefix: String, _ id: String, bounds: Bounds, series: [(columns: [ColumnID], coefficient: Double)],
                               other: [(ColumnID, Double)] = []) -> RowID {
        var days: [(ColumnID, Double)] = []
        for (suffix, sign) in [("", 1.0), ("_neg", -1.0)] {
            let part = series.filter { $0.coefficient * sign > 0 }
            for day in part.isEmpty ? [] : source.window.blocks(ofHours: 24) {
                let name = "\(prefix)_day\(suffix)[\(id),d=\(source.window.dayOfYear(atOffset: day.lowerBound) + 1)]"
                let sum = program.addColumn(named: name, bounds: .nonNegative, cost: 0)
                var terms: [(ColumnID, Double)] = [(sum, -1)]
                for (columns, coefficient) in part {
                    terms += day.map { (columns[$0], coefficient * sign) }
                }
                program.addRow(named: name, bounds: .fixed(0), terms: terms)
                days.append((sum, sign))
            }
        }
        return program.addRow(named: "\(prefix)[\(id)]", bounds: bounds, terms: days + other)
    }
}
