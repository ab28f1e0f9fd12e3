import GridModel
import LinearProgramming

/// A group target's row in a regional LP and its penalised shortfall column.
public struct GroupTargetRow: Sendable {
    /// The target.
    public let target: GroupTarget
    /// `target[ID]`: Σ of the members' terms ± the shortfall against the group's bound.
    public let row: RowID
    /// `shortfall[ID]`, in `unit`, at the target's penalty.
    public let shortfall: ColumnID
    /// The row's unit.
    public let unit: String
}

extension RegionalModel {
    /// Adds each group target's row as a region's own target row is added (``DispatchModel``'s `addTarget`): the
    /// members' hourly terms summed in daily blocks, the constant moved to the right-hand side, and a shortfall that
    /// relaxes the row in the direction it binds.
    static func addGroupTargets(of source: RegionalCase, regions: [DispatchModel], placements: [LinearProgram.Placement],
                                to program: inout LinearProgram) -> [GroupTargetRow] {
        guard let window = source.window else { return [] }
        return source.targets.map { group in
            let definition = group.terms(in: source)
            var hourly = Array(repeating: [(ColumnID, Double)](), count: window.count)
            for member in definition.members {
                guard let index = regions.firstIndex(where: { $0.source.region == member.region }) else { continue }
                let region = regions[index], placement = placements[index]
                for term in member.terms.terms {
                    let (columns, coefficient): ([ColumnID?], Double)
                    switch term {
                    case let .flow(resource, flow, value): (columns, coefficient) = (region.columns(of: resource)?.series[flow] ?? [], value)
                    case let .surplus(value): (columns, coefficient) = (region.surplusColumns, value)
                    case .capacity: continue
                    }
                    for (t, column) in columns.enumerated() {
                        if let column { hourly[t].append((placement.column(column), coefficient)) }
                    }
                }
            }
            let rhs = definition.bound - definition.constant
            let (bounds, sign): (Bounds, Double) = definition.sense == .atMost ? (.atMost(rhs), -1) : (.atLeast(rhs), 1)
            let id = group.target.id
            let shortfall = program.addColumn(named: "shortfall[\(id)]", bounds: .nonNegative, cost: definition.penaltyEURPerUnit)
            let row = program.addBlockedSum(named: "target[\(id)]", key: id, window: window, hourlyTerms: hourly,
                                            finalTerms: [(shortfall, sign)], bounds: bounds)
            return GroupTargetRow(target: group, row: row, shortfall: shortfall, unit: definition.unit)
        }
    }
}

extension RegionalModel {
    /// Each group target's shortfall and row dual read from a solution of ``program``, in case order.
    public func groupOutcomes(from solution: Solution) -> [DispatchResult.TargetOutcome] {
        groupTargets.map {
            DispatchResult.TargetOutcome(target: $0.target.target, shortfall: solution.columnValues[$0.shortfall.index],
                                         dual: solution.rowDuals[$0.row.index], unit: $0.unit)
        }
    }
}
