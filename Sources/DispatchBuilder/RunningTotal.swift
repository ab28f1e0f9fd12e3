import GridModel
import LinearProgramming

extension DispatchModel {
    /// Adds `Σ_t Σ hourlyTerms[t] + finalTerms` within `bounds` over the case's window (see
    /// ``LinearProgramming/LinearProgram/addBlockedSum(named:key:window:hourlyTerms:finalTerms:bounds:)``).
    @discardableResult
    mutating func addBlockedSum(named rowName: String, key: String, hourlyTerms: [[(ColumnID, Double)]],
                                finalTerms: [(ColumnID, Double)], bounds: Bounds) -> RowID {
        program.addBlockedSum(named: rowName, key: key, window: source.window, hourlyTerms: hourlyTerms, finalTerms: finalTerms, bounds: bounds)
    }
}

extension LinearProgram {
    /// Adds `Σ_t Σ hourlyTerms[t] + finalTerms` within `bounds` in two levels, so that no row spans the whole
    /// window: a `daily[KEY,d=D]` column per day equals that day's terms (`daily_sum` rows), and the named final row
    /// bounds Σ daily + `finalTerms`. One row over all 8,760 hours makes the interior point's normal equations
    /// nearly dense (several times slower per iteration on a full year); 365 daily terms keep them sparse enough.
    /// The final row's dual is the dual the single row would have had.
    mutating func addBlockedSum(named rowName: String, key: String, window: HourWindow, hourlyTerms: [[(ColumnID, Double)]],
                                finalTerms: [(ColumnID, Double)], bounds: Bounds) -> RowID {
        var terms = finalTerms
        for day in window.blocks(ofHours: 24) {
            let dayOfYear = window.dayOfYear(atOffset: day.lowerBound) + 1
            let dayTerms = day.flatMap { hourlyTerms[$0].map { ($0.0, -$0.1) } }
            let daily = addColumn(named: "daily[\(key),d=\(dayOfYear)]", bounds: oneSided(range(of: dayTerms, negated: true)), cost: 0)
            addRow(named: "daily_sum[\(key),d=\(dayOfYear)]", bounds: .fixed(0), terms: [(daily, 1)] + dayTerms)
            terms.append((daily, 1))
        }
        return addRow(named: rowName, bounds: bounds, terms: terms)
    }

    /// One side of `range`, the lower when it has one: the `daily_sum` row already keeps the daily column within
    /// the whole range, so a second bound could never bind, and GLPK's interior point turns every column with two
    /// bounds into an extra row and column of its working LP.
    func oneSided(_ range: Bounds) -> Bounds {
        if case let .between(lower, _) = range { return .atLeast(lower) }
        return range
    }

    /// The range Σ coefficient × column can take given the columns' bounds (negated: of −Σ). A free
    /// auxiliary column hurts GLPK's interior point, which splits it into two unbounded parts.
    func range(of terms: [(ColumnID, Double)], negated: Bool) -> Bounds {
        var lower: Double? = 0, upper: Double? = 0
        for (column, value) in terms {
            let coefficient = negated ? -value : value
            let bounds = columnBounds[column.index]
            let (low, high) = coefficient > 0 ? (bounds.lower, bounds.upper) : (bounds.upper, bounds.lower)
            lower = lower.flatMap { sum in low.map { sum + coefficient * $0 } }
            upper = upper.flatMap { sum in high.map { sum + coefficient * $0 } }
        }
        return Bounds(lower: lower, upper: upper)
    }
}
