import GridModel
import LinearProgramming

/// The hourly dispatch read back from a solution: every resource's series, prices and target rows.
public struct DispatchResult: Sendable {
    /// One target row's outcome.
    public struct TargetOutcome: Sendable {
        /// The target.
        public let target: Target
        /// How far the row was missed, in `unit` (0 when met).
        public let shortfall: Double
        /// The row's dual: change in cost per unit increase of the row's right-hand side, EUR per `unit`.
        public let dual: Double
        /// The row's unit.
        public let unit: String
    }

    /// Solver status.
    public let status: SolveStatus
    /// Operating cost over the window, EUR.
    public let objective: Double
    /// Marginal price (dual of each hour's balance), EUR/MWh.
    public let priceEURPerMWh: [Double]
    /// Unserved load per hour, MW.
    public let unservedMW: [Double]
    /// Undispatchable surplus per hour, MW.
    public let surplusMW: [Double]
    /// Resource name → flow → hourly values (MW, or MWh for the state of charge).
    public let flows: [String: [Flow: [Double]]]
    /// Target rows.
    public let targets: [TargetOutcome]
    /// What one more unit of each flexibility resource's capacity is worth.
    public let marginalValues: [MarginalValue]
    /// The adequacy row's shortfalls and duals, when the case has one.
    public let adequacy: AdequacyOutcome?
    /// The capacity decided for each candidate, by resource name (MW; retrofit: MW retrofitted); empty outside the
    /// investment LP.
    public let investedMW: [String: Double]
}

extension DispatchModel {
    /// Reads a solution of this model's program.
    public func result(from solution: Solution) -> DispatchResult {
        func values(_ columns: [ColumnID]) -> [Double] { columns.map { solution.columnValues[$0.index] } }
        var flows: [String: [Flow: [Double]]] = [:]
        for columns in resourceColumns {
            flows[columns.name] = columns.series.mapValues { $0.map { $0.map { solution.columnValues[$0.index] } ?? 0 } }
        }
        return DispatchResult(
            status: solution.status,
            objective: solution.objective,
            priceEURPerMWh: balanceRows.map { solution.rowDuals[$0.index] },
            unservedMW: values(unservedColumns),
            surplusMW: values(surplusColumns),
            flows: flows,
            targets: targetRows.map {
                DispatchResult.TargetOutcome(target: $0.target, shortfall: solution.columnValues[$0.shortfall.index],
                                             dual: solution.rowDuals[$0.row.index], unit: $0.unit)
            },
            marginalValues: marginalValues(from: solution),
            adequacy: adequacyRows.map { AdequacyOutcome($0, solution) },
            investedMW: Dictionary(uniqueKeysWithValues: investmentColumns.map { ($0.resource, solution.columnValues[$0.power.index]) }))
    }
}

extension DispatchResult {
    /// The hourly values of one flow of the resource named `resource`; empty when it has no such flow.
    public func values(_ flow: Flow, of resource: String) -> [Double] {
        flows[resource]?[flow] ?? []
    }
}
