import GridModel
import LinearProgramming

extension DispatchModel {
    /// Adds `target[ID]` for the target's row (see ``TargetTerms``) and its `shortfall[ID]` column (penalised, so a
    /// target the fleet cannot meet is missed by a reported amount instead of making the LP infeasible). Each target sums over the window in daily blocks (see
    /// ``addBlockedSum(named:key:hourlyTerms:finalTerms:bounds:)``).
    mutating func addTarget(_ target: Target) {
        let definition = target.terms(in: source, investing: investing)
        var hourly = Array(repeating: [(ColumnID, Double)](), count: source.hours)
        var capacityTerms: [(ColumnID, Double)] = []
        for term in definition.terms {
            let (columns, coefficient): ([ColumnID?], Double)
            switch term {
            case let .flow(resource, flow, value): (columns, coefficient) = (self.columns(of: resource)?.series[flow] ?? [], value)
            case let .surplus(value): (columns, coefficient) = (surplusColumns, value)
            case let .capacity(resource, value):
                // Counted once, on the master column, in the final row.
                if let master = investmentColumns.first(where: { $0.resource == resource })?.power { capacityTerms.append((master, value)) }
                continue
            }
            for (t, column) in columns.enumerated() {
                if let column { hourly[t].append((column, coefficient)) }
            }
        }
        // The constant moves to the right-hand side; the shortfall relaxes the row in the direction it binds.
        let rhs = definition.bound - definition.constant
        let (bounds, shortfallSign): (Bounds, Double) = definition.sense == .atMost ? (.atMost(rhs), -1) : (.atLeast(rhs), 1)
        let shortfall = program.addColumn(named: "shortfall[\(target.id)]", bounds: .nonNegative, cost: definition.penaltyEURPerUnit)
        let row = addBlockedSum(named: "target[\(target.id)]", key: target.id, hourlyTerms: hourly,
                                finalTerms: [(shortfall, shortfallSign)] + capacityTerms, bounds: bounds)
        targetRows.append(TargetRow(target: target, row: row, shortfall: shortfall, unit: definition.unit))
    }
}
