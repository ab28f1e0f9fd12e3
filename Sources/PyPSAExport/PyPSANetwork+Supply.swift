import GridModel

extension PyPSANetwork {
    /// Thermal: a generator in [floor, capacity] at its marginal cost (CO2 priced in); without commitment the
    /// floor is the must-run `p_min_pu`; with commitment `online` and `startup` are extra rows. Ramp limits are
    /// PyPSA's `ramp_limit_up`/`ramp_limit_down` (no row for the first snapshot, as in GridFlex). A retrofit
    /// candidate (investment LP) lowers the floor to the retrofitted minimum stable load and adds its rows.
    mutating func addThermal(_ plant: ThermalPlant) {
        let capacity = plant.capacityMW
        let cost = plant.marginalCostEURPerMWh + plant.co2TonnesPerMWh * source.co2PriceEURPerTonne
        var minStableLoad = plant.minStableLoad
        if let candidate = candidate(for: plant.name), case let .retrofit(retrofitted) = candidate.decision {
            addRetrofit(plant, candidate, retrofittedMinStableLoad: retrofitted)
            minStableLoad = retrofitted
        }
        let floor = plant.commitment ? 0 : minStableLoad * capacity
        var ramp: [(String, AttributeValue)] = []
        if let limit = plant.rampPerHour, limit < 1 {
            ramp = [("ramp_limit_up", .number(limit)), ("ramp_limit_down", .number(limit))]
            map(plant.name, "ramp limits", "ramp_limit_up = ramp_limit_down = \(limit)")
        }
        addGenerator(plant.name, carrier: plant.technology.rawValue, marginalCost: cost, capacityMW: capacity, minimumMW: constant(floor),
                     maximumMW: constant(capacity), extra: ramp)
        if plant.commitment {
            extra.commitment.append(ExtraRows.Commitment(generator: plant.name, capacityMW: capacity, minStableLoad: plant.minStableLoad,
                                                         startupCostEURPerMW: plant.startupCostEURPerMW))
            map(plant.name, "linear commitment", "variables online, startup; rows online_cap, min_load, startup", extra: true)
        } else if minStableLoad > 0 {
            map(plant.name, "must-run floor", "p_min_pu = \(minStableLoad)")
        }
    }

    /// Hydro: run of river is `p_max_pu` = availability; a daily energy budget is `p_max_pu` = 1 and one extra
    /// row per day capping the day's energy at its available energy.
    mutating func addHydro(_ plant: HydroPlant) {
        let capacity = plant.capacityMW
        let maximum = plant.dailyEnergyBudget ? constant(capacity) : plant.availability.map { $0 * capacity }
        addGenerator(plant.name, carrier: "hydro", marginalCost: plant.vomEURPerMWh, capacityMW: capacity, minimumMW: constant(0), maximumMW: maximum)
        guard plant.dailyEnergyBudget else { return }
        let calendar = days()
        var rhs: [Double] = []
        var start = 0
        for size in calendar.sizes {
            rhs.append(plant.availability[start..<start + size].reduce(0) { $0 + $1 * capacity })
            start += size
        }
        extra.energyRows.append(ExtraRows.EnergyRow(
            name: "hydro_day[\(plant.name)]", terms: [.init(generator: plant.name, coefficient: 1)], blockSizes: calendar.sizes,
            blockLabels: calendar.labels, sense: "<=", rhs: rhs, capacityTerms: investmentOnly([])))
        map(plant.name, "daily energy budget", "p_max_pu = 1; rows hydro_day (one per day)", extra: true)
    }

    /// Wind and solar: p ≤ cf × capacity at VOM. GridFlex's objective counts VOM on absorbed energy as a constant
    /// minus VOM × curtailment; with curtailment = available − p the two objectives are the same number.
    /// A candidate is extendable with `p_max_pu` its capacity factor.
    mutating func addRenewable(_ plant: VariableRenewable) {
        if let candidate = capacityCandidate(for: plant.name) {
            addExtendableGenerator(plant.name, carrier: plant.kind.rawValue, marginalCost: plant.vomEURPerMWh, perUnit: plant.capacityFactor, candidate)
        } else {
            addGenerator(plant.name, carrier: plant.kind.rawValue, marginalCost: plant.vomEURPerMWh, capacityMW: plant.capacityMW,
                         minimumMW: constant(0), maximumMW: plant.availableMW)
        }
        if plant.vomEURPerMWh != 0 {
            map(plant.name, "VOM on absorbed energy", "marginal_cost (VOM × p = constant − VOM × curtailment)")
        }
    }

    /// Interconnector: imports a generator in [min, max] at the import price; exports a consuming generator in
    /// [min, max] earning the export price.
    mutating func addInterconnector(_ link: Interconnector) {
        addGenerator("import[\(link.name)]", carrier: "import", marginalCost: link.importPriceEURPerMWh,
                     minimumMW: link.minImportMW, maximumMW: link.maxImportMW)
        addGenerator("export[\(link.name)]", carrier: "export", marginalCost: -link.exportPriceEURPerMWh,
                     minimumMW: link.minExportMW, maximumMW: link.maxExportMW, consumes: true)
    }

    /// Unserved energy: a generator up to each hour's load at the value of lost load.
    mutating func addUnserved() {
        addGenerator("unserved", carrier: "unserved", marginalCost: source.valueOfLostLoadEURPerMWh, minimumMW: constant(0),
                     maximumMW: source.loadMW.map { max(0, $0) })
        map("case", "unserved energy", "generator unserved at VOLL")
    }

    /// Surplus: a consuming generator at the value of lost load. GridFlex leaves it unbounded; here `p_nom` is all
    /// supply that could reach the bus in any hour (extendable components at their `p_nom_max`), a bound that cannot bind.
    mutating func addSurplus() {
        func largest(_ row: ComponentTable.Row) -> Double {
            (row.values["p_nom_max"] ?? row.values["p_nom"])?.number ?? 0
        }
        var bound = 0.0
        for row in generators.rows where row.values["sign"] == nil {
            let maximum = generators.hourly("p_max_pu", of: row.name)?.max() ?? generators.value("p_max_pu", of: row.name)?.number ?? 0
            bound += maximum * largest(row)
        }
        for row in storageUnits.rows {
            bound += (row.values["p_max_pu"]?.number ?? 0) * largest(row)
        }
        addGenerator("surplus", carrier: "surplus", marginalCost: source.valueOfLostLoadEURPerMWh, minimumMW: constant(0),
                     maximumMW: constant(max(1, bound)), consumes: true)
        map("case", "surplus", "generator surplus at VOLL, sign -1")
    }
}

extension AttributeValue {
    /// The number, when it is one.
    var number: Double? {
        if case let .number(value) = self { return value }
        return nil
    }
}
