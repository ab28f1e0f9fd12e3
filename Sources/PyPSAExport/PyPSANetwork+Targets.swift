import GridModel

extension PyPSANetwork {
    /// A target row over the whole window with its penalised shortfall, written in terms of generators' `p`.
    /// GridFlex states energy targets with curtailment columns; with curtailment = available − p the rows below
    /// are the same rows with the constant moved to the right-hand side.
    mutating func addTarget(_ target: Target) {
        let penalty = source.targetPenaltyEURPerUnit
        let row: (sense: String, rhs: Double, terms: [ExtraRows.Term])
        switch target.requirement {
        case let .renewableUtilisation(minimum, names):
            // Σ curtailed + Σ surplus ≤ (1 − minimum) · Σ available  ⇔  −Σ p + Σ surplus ≤ −minimum · Σ available.
            let plants = renewables(named: names)
            let available = plants.reduce(0) { $0 + $1.availableMW.reduce(0, +) }
            row = ("<=", -minimum * available,
                   plants.map { .init(generator: $0.name, coefficient: -1) } + [.init(generator: "surplus", coefficient: 1)])
        case let .nonHydroRenewableShare(minimum):
            // Σ p (wind, solar) + biomass + renewable share × imports − surplus ≥ minimum · load.
            var terms = renewables(named: []).map { ExtraRows.Term(generator: $0.name, coefficient: 1) }
            for resource in source.resources {
                if case let .thermal(plant) = resource, plant.technology == .biomass {
                    terms.append(.init(generator: plant.name, coefficient: 1))
                }
                if case let .interconnector(link) = resource, link.renewableShare > 0 {
                    terms.append(.init(generator: "import[\(link.name)]", coefficient: link.renewableShare))
                }
            }
            row = (">=", minimum * source.loadEnergyMWh, terms + [.init(generator: "surplus", coefficient: -1)])
        case let .co2Cap(maxTonnes):
            var terms: [ExtraRows.Term] = []
            for case let .thermal(plant) in source.resources where plant.co2TonnesPerMWh > 0 {
                terms.append(.init(generator: plant.name, coefficient: plant.co2TonnesPerMWh))
            }
            row = ("<=", maxTonnes, terms)
        }
        extra.energyRows.append(ExtraRows.EnergyRow(
            name: "target[\(target.id)]", terms: row.terms, blockSizes: [source.hours], blockLabels: [""], sense: row.sense,
            rhs: [row.rhs], shortfallPenalty: penalty))
        map(target.id, "target row", "row target[\(target.id)], variable shortfall[\(target.id)] at the penalty", extra: true)
    }

    /// The variable renewables named (all of them for an empty list), as GridFlex's target rows pick them.
    func renewables(named names: [String]) -> [VariableRenewable] {
        source.resources.compactMap {
            guard case let .renewable(plant) = $0, names.isEmpty || names.contains(plant.name) else { return nil }
            return plant
        }
    }
}
