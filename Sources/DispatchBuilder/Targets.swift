import GridModel
import LinearProgramming

extension DispatchModel {
    /// Adds `target[ID]` and its `shortfall[ID]` column (penalised, so a target the fleet cannot meet is
    /// missed by a reported amount instead of making the LP infeasible).
    /// The planning reserve is the hourly adequacy row (Adequacy.swift).
    ///
    /// Energy targets count undispatchable surplus (`surplus[t=H]`) as energy thrown away, like curtailment:
    /// otherwise the LP could "absorb" renewables only to dump them as surplus. Each target sums over the
    /// window in daily blocks (see ``addBlockedSum(named:key:hourlyTerms:finalTerms:bounds:)``).
    mutating func addTarget(_ target: Target) {
        let penalty = target.penaltyEURPerUnit ?? source.targetPenaltyEURPerUnit
        var hourly = Array(repeating: [(ColumnID, Double)](), count: source.hours)
        func add(_ columns: [ColumnID], _ coefficient: Double) {
            for (t, column) in columns.enumerated() { hourly[t].append((column, coefficient)) }
        }
        let bounds: Bounds, shortfallSign: Double, unit: String
        switch target.requirement {
        case let .renewableUtilisation(minimum, names):
            // Σ curtailed + Σ surplus − shortfall ≤ (1 − minimum) · Σ available, in MWh.
            let plants = renewables(named: names)
            let available = plants.reduce(0) { $0 + $1.plant.availableMW.reduce(0, +) }
            for (_, curtailment) in plants { add(curtailment, 1) }
            add(surplusColumns, 1)
            (bounds, shortfallSign, unit) = (.atMost((1 - minimum) * available), -1, "MWh")
        case let .nonHydroRenewableShare(minimum):
            // Σ (available − curtailed) + biomass + renewable share × imports − surplus + shortfall ≥ minimum · load, in MWh.
            var available = 0.0
            for (plant, curtailment) in renewables(named: []) {
                available += plant.availableMW.reduce(0, +)
                add(curtailment, -1)
            }
            add(surplusColumns, -1)
            for (resource, columns) in zip(source.resources, resourceColumns) {
                if case let .thermal(plant) = resource, plant.technology == .biomass { add(columns.series["generation", default: []], 1) }
                if case let .interconnector(link) = resource, link.renewableShare > 0 { add(columns.series["import", default: []], link.renewableShare) }
            }
            (bounds, shortfallSign, unit) = (.atLeast(minimum * source.loadEnergyMWh - available), 1, "MWh")
        case let .co2Cap(maxTonnes):
            for (resource, columns) in zip(source.resources, resourceColumns) {
                if case let .thermal(plant) = resource, plant.co2TonnesPerMWh > 0 { add(columns.series["generation", default: []], plant.co2TonnesPerMWh) }
            }
            (bounds, shortfallSign, unit) = (.atMost(maxTonnes), -1, "t")
        }
        let shortfall = program.addColumn(named: "shortfall[\(target.id)]", bounds: .nonNegative, cost: penalty)
        let row = addBlockedSum(named: "target[\(target.id)]", key: target.id, hourlyTerms: hourly,
                                  finalTerms: [(shortfall, shortfallSign)], bounds: bounds)
        targetRows.append(TargetRow(target: target, row: row, shortfall: shortfall, unit: unit))
    }

    /// The variable renewables named (all of them for an empty list) with their curtailment columns.
    func renewables(named names: [String]) -> [(plant: VariableRenewable, curtailment: [ColumnID])] {
        zip(source.resources, resourceColumns).compactMap { resource, columns in
            guard case let .renewable(plant) = resource, names.isEmpty || names.contains(plant.name) else { return nil }
            return (plant, columns.series["curtailment", default: []])
        }
    }
}
