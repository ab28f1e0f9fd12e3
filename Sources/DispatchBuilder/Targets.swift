import GridModel
import LinearProgramming

extension DispatchModel {
    /// Adds `target[ID]` and its `shortfall[ID]` column (penalised, so a target the fleet cannot meet is
    /// missed by a reported amount instead of making the LP infeasible). A planning reserve involves no
    /// decision in dispatch mode (capacities are fixed) and is evaluated after the solve, not as a row.
    ///
    /// Energy targets count undispatchable surplus (`surplus[t=H]`) as energy thrown away, like curtailment:
    /// otherwise the LP could "absorb" renewables only to dump them as surplus. Each row sums its hours a day at a
    /// time (``addWindowRow(_:_:bounds:series:other:)``), which keeps GLPK's interior point fast on a full year.
    mutating func addTarget(_ target: Target) {
        let penalty = source.targetPenaltyEURPerUnit
        switch target.requirement {
        case let .renewableUtilisation(minimum, names):
            // Σ curtailed ≤ (1 − minimum) · Σ available, in MWh.
            let plants = renewables(named: names)
            let available = plants.reduce(0) { $0 + $1.plant.availableMW.reduce(0, +) }
            let shortfall = program.addColumn(named: "shortfall[\(target.id)]", bounds: .nonNegative, cost: penalty)
            let series = [(surplusColumns, 1.0)] + plants.map { ($0.curtailment, 1.0) }
            let row = addWindowRow("target", target.id, bounds: .atMost((1 - minimum) * available), series: series, other: [(shortfall, -1)])
            targetRows.append(TargetRow(target: target, row: row, shortfall: shortfall, unit: "MWh"))
        case let .nonHydroRenewableShare(minimum):
            // Σ (available − curtailed) + biomass + renewable share × imports ≥ minimum · load, in MWh.
            let shortfall = program.addColumn(named: "shortfall[\(target.id)]", bounds: .nonNegative, cost: penalty)
            var series: [(columns: [ColumnID], coefficient: Double)] = [(surplusColumns, -1)]
            var available = 0.0
            for (plant, columns) in renewables(named: []) {
                available += plant.availableMW.reduce(0, +)
                series.append((columns, -1))
            }
            for (resource, columns) in zip(source.resources, resourceColumns) {
                if case let .thermal(plant) = resource, plant.technology == .biomass, let generation = columns.series["generation"] {
                    series.append((generation, 1))
                }
                if case let .interconnector(link) = resource, link.renewableShare > 0, let imports = columns.series["import"] {
                    series.append((imports, link.renewableShare))
                }
            }
            let row = addWindowRow("target", target.id, bounds: .atLeast(minimum * source.loadEnergyMWh - available), series: series,
                                   other: [(shortfall, 1)])
            targetRows.append(TargetRow(target: target, row: row, shortfall: shortfall, unit: "MWh"))
        case let .co2Cap(maxTonnes):
            let shortfall = program.addColumn(named: "shortfall[\(target.id)]", bounds: .nonNegative, cost: penalty)
            var series: [(columns: [ColumnID], coefficient: Double)] = []
            for (resource, columns) in zip(source.resources, resourceColumns) {
                if case let .thermal(plant) = resource, plant.co2TonnesPerMWh > 0, let generation = columns.series["generation"] {
                    series.append((generation, plant.co2TonnesPerMWh))
                }
            }
            let row = addWindowRow("target", target.id, bounds: .atMost(maxTonnes), series: series, other: [(shortfall, -1)])
            targetRows.append(TargetRow(target: target, row: row, shortfall: shortfall, unit: "t"))
        case .planningReserve:
            break
        }
    }

    /// The variable renewables named (all of them for an empty list) with their curtailment columns.
    func renewables(named names: [String]) -> [(plant: VariableRenewable, curtailment: [ColumnID])] {
        zip(source.resources, resourceColumns).compactMap { resource, columns in
            guard case let .renewable(plant) = resource, names.isEmpty || names.contains(plant.name) else { return nil }
            return (plant, columns.series["curtailment", default: []])
        }
    }
}
