import GridModel

extension PyPSANetwork {
    /// The candidate deciding the resource named `name` when the network is the investment LP; `nil` otherwise.
    func candidate(for name: String) -> InvestmentCandidate? {
        extra.investment == nil ? nil : source.investment?.candidate(for: name)
    }

    /// The candidate deciding the capacity (not a retrofit) of the resource named `name`, in the investment LP.
    func capacityCandidate(for name: String) -> InvestmentCandidate? {
        guard let candidate = candidate(for: name), candidate.decision == .capacity else { return nil }
        return candidate
    }

    /// `value` in the investment LP; `nil` in the dispatch, so that its key stays out of `gridflex_extra.json`.
    func investmentOnly<Value>(_ value: Value) -> Value? {
        extra.investment == nil ? nil : value
    }

    /// Hours in the window ÷ 8,760 in the investment LP: the share of each annualised cost charged.
    var windowShare: Double { extra.investment?.windowShare ?? 1 }

    /// PyPSA's attributes of an extendable component: `p_nom` 0 (nothing built before), `p_nom_min` and `p_nom_max`
    /// the candidate's bounds, `capital_cost` its annualised cost × window share, which PyPSA charges × `p_nom` in
    /// the objective as GridFlex charges `invest[NAME]`.
    func extendable(_ candidate: InvestmentCandidate) -> [(String, AttributeValue)] {
        [("p_nom", .number(0)), ("p_nom_extendable", .flag(true)), ("p_nom_min", .number(candidate.minMW)),
         ("p_nom_max", .number(candidate.maxMW)), ("capital_cost", .number(candidate.costEURPerMWYear * windowShare))]
    }

    /// An extendable generator (wind, solar or curtailable load): p ≤ `perUnit` × p_nom at `marginalCost`.
    mutating func addExtendableGenerator(_ name: String, carrier: String, marginalCost: Double, perUnit: [Double],
                                         _ candidate: InvestmentCandidate, extra attributes: [(String, AttributeValue)] = []) {
        generators.add(name, [("bus", .text(bus)), ("carrier", .text(carrier)), ("marginal_cost", .number(marginalCost))]
                       + extendable(candidate) + attributes)
        generators.addHourly("p_max_pu", of: name, perUnit)
        extra.investment?.generators.append(name)
        map(name, "capacity decision", "p_nom_extendable, p_nom_min, p_nom_max, capital_cost")
    }

    /// A storage whose power both ways is `p_nom` (extendable) and whose energy is a decision of its own or the
    /// case's hours × `p_nom`; the state-of-charge bounds, initial state and exclusive row scale with them (see
    /// ``ExtraRows/SizedStorage``). `max_hours` is the most energy per MW, so PyPSA's own soc ≤ `max_hours` × p_nom
    /// never cuts below GridFlex's soc ≤ max soc × energy.
    mutating func addSizedStorage(_ unit: Storage, _ candidate: InvestmentCandidate) {
        let duration = unit.dischargePowerMW > 0 ? unit.energyMWh / unit.dischargePowerMW : 0
        let share = windowShare
        let energy = candidate.energy.map {
            ExtraRows.EnergyDecision(minHours: $0.minHours, maxHours: $0.maxHours, costEURPerMWh: $0.costEURPerMWhYear * share)
        }
        storageUnits.add(unit.name, [
            ("bus", .text(bus)), ("carrier", .text(unit.technology.rawValue)), ("p_max_pu", .number(1)), ("p_min_pu", .number(-1)),
            ("max_hours", .number(energy?.maxHours ?? duration)), ("efficiency_store", .number(unit.chargeEfficiency)),
            ("efficiency_dispatch", .number(unit.dischargeEfficiency)), ("standing_loss", .number(unit.selfDischargePerHour)),
            ("marginal_cost", .number(unit.vomEURPerMWh)), ("cyclic_state_of_charge", .flag(unit.initialStateOfCharge == nil)),
            ("state_of_charge_initial", .number(0)),
        ] + extendable(candidate))
        extra.investment?.storage.append(ExtraRows.SizedStorage(
            storageUnit: unit.name, durationHours: energy == nil ? duration : nil, energy: energy, minStateOfCharge: unit.minStateOfCharge,
            maxStateOfCharge: unit.maxStateOfCharge, initialRetained: unit.initialStateOfCharge.map { (1 - unit.selfDischargePerHour) * $0 },
            exclusive: unit.exclusiveChargeDischarge))
        map(unit.name, "power decision", "p_nom_extendable, p_nom_min, p_nom_max, capital_cost; p_max_pu = 1, p_min_pu = -1")
        if energy != nil {
            map(unit.name, "energy decision", "variable invest_energy at its cost; rows duration_min, duration_max", extra: true)
        }
        map(unit.name, "state of charge within the sized energy", "rows soc_cap, soc_floor; initial state × energy in the first balance row", extra: true)
    }

    /// The retrofit of a thermal plant as data for `extra_functionality`.
    mutating func addRetrofit(_ plant: ThermalPlant, _ candidate: InvestmentCandidate, retrofittedMinStableLoad: Double) {
        let cost = candidate.costEURPerMWYear * windowShare
        extra.investment?.retrofits.append(ExtraRows.Retrofit(
            generator: plant.name, capacityMW: plant.capacityMW, minStableLoad: plant.minStableLoad,
            retrofittedMinStableLoad: retrofittedMinStableLoad, minMW: candidate.minMW, maxMW: candidate.maxMW,
            costEURPerMW: cost, commitment: plant.commitment))
        let rows = plant.commitment ? "variables retrofit_online; rows retrofit_online, min_load with the retrofitted share"
            : "p_min_pu = \(retrofittedMinStableLoad); rows retrofit_floor"
        map(plant.name, "flexibility retrofit", "variable invest[\(plant.name)] at its cost; \(rows)", extra: true)
    }
}
