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
    /// members' hourly terms summed in daily blocks, a candidate's capacity term once on its `invest[NAME]` column (in
    /// the investment LP), the constant moved to the right-hand side, and a shortfall that relaxes the row in the
    /// direction it binds (`hard`: fixed at 0, as ``DispatchModel/hardRequirementsProgram()`` fixes a region's).
    static func addGroupTargets(of source: RegionalCase, regions: [DispatchModel], placements: [LinearProgram.Placement], hard: Bool,
                                to program: inout LinearProgram) -> [GroupTargetRow] {
        guard let window = source.window else { return [] }
        return source.targets.map { group in
            let definition = group.terms(in: source, investing: regions.contains(where: \.investing))
            var hourly = Array(repeating: [(ColumnID, Double)](), count: window.count)
            var capacityTerms: [(ColumnID, Double)] = []
            for member in definition.members {
                guard let index = regions.firstIndex(where: { $0.source.region == member.region }) else { continue }
                let region = regions[index], placement = placements[index]
                for term in member.terms.terms {
                    let (columns, coefficient): ([ColumnID?], Double)
                    switch term {
                    case let .flow(resource, flow, value): (columns, coefficient) = (region.columns(of: resource)?.series[flow] ?? [], value)
                    case let .surplus(value): (columns, coefficient) = (region.surplusColumns, value)
                    case let .capacity(resource, value):
                        if let master = region.investmentColumns.first(where: { $0.resource == resource })?.power {
                            capacityTerms.append((placement.column(master), value))
                        }
                        continue
                    }
                    for (t, column) in columns.enumerated() {
                        if let column { hourly[t].append((placement.column(column), coefficient)) }
                    }
                }
            }
            let rhs = definition.bound - definition.constant
            let (bounds, sign): (Bounds, Double) = definition.sense == .atMost ? (.atMost(rhs), -1) : (.atLeast(rhs), 1)
            let id = group.target.id
            let shortfall = program.addColumn(named: "shortfall[\(id)]", bounds: hard ? .fixed(0) : .nonNegative, cost: definition.penaltyEURPerUnit)
            let row = program.addBlockedSum(named: "target[\(id)]", key: id, window: window, hourlyTerms: hourly,
                                            finalTerms: [(shortfall, sign)] + capacityTerms, bounds: bounds)
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
