import GridModel

extension PyPSANetwork {
    /// Storage: a storage unit with `p_nom` the larger power (`p_max_pu`, `-p_min_pu` the discharge and charge
    /// power over it), `max_hours` = energy / `p_nom`, the efficiencies, standing loss and discharge VOM.
    ///
    /// PyPSA applies no standing loss to `state_of_charge_initial` in the first hour while GridFlex does, so the
    /// initial state is written after one hour's loss. Bounds other than [0, E] and the exclusive charge row are
    /// extra rows.
    mutating func addStorage(_ unit: Storage) {
        if let candidate = capacityCandidate(for: unit.name) { return addSizedStorage(unit, candidate) }
        let largest = max(unit.chargePowerMW, unit.dischargePowerMW)
        let nominal = largest > 0 ? largest : 1
        let retention = 1 - unit.selfDischargePerHour
        storageUnits.add(unit.name, [
            "bus": .text(bus), "carrier": .text(unit.technology.rawValue), "p_nom": .number(nominal),
            "p_max_pu": .number(unit.dischargePowerMW / nominal), "p_min_pu": .number(-unit.chargePowerMW / nominal),
            "max_hours": .number(unit.energyMWh / nominal), "efficiency_store": .number(unit.chargeEfficiency),
            "efficiency_dispatch": .number(unit.dischargeEfficiency), "standing_loss": .number(unit.selfDischargePerHour),
            "marginal_cost": .number(unit.vomEURPerMWh), "cyclic_state_of_charge": .flag(unit.initialStateOfCharge == nil),
            "state_of_charge_initial": .number(retention * (unit.initialStateOfCharge ?? 0) * unit.energyMWh),
        ])
        if unit.initialStateOfCharge != nil, unit.selfDischargePerHour > 0 {
            map(unit.name, "initial state of charge", "state_of_charge_initial = (1 - standing_loss) × initial")
        }
        if unit.minStateOfCharge > 0 || unit.maxStateOfCharge < 1 {
            extra.stateOfChargeBounds.append(ExtraRows.StateOfChargeBounds(
                storageUnit: unit.name, minimumMWh: unit.minStateOfCharge * unit.energyMWh, maximumMWh: unit.maxStateOfCharge * unit.energyMWh))
            map(unit.name, "state-of-charge bounds", "bounds of StorageUnit-state_of_charge", extra: true)
        }
        if unit.exclusiveChargeDischarge, unit.chargePowerMW > 0, unit.dischargePowerMW > 0 {
            extra.exclusiveChargeDischarge.append(ExtraRows.ExclusiveChargeDischarge(
                storageUnit: unit.name, chargeMW: unit.chargePowerMW, dischargeMW: unit.dischargePowerMW))
            map(unit.name, "exclusive charge/discharge", "rows exclusive (one per hour)", extra: true)
        }
    }

    /// Curtailable load: a generator up to its capacity at its cost; the yearly limit is `e_sum_max`, the daily
    /// limit one extra row per day (absolute MWh, also for a candidate, whose capacity is extendable).
    mutating func addCurtailableLoad(_ load: CurtailableLoad) {
        var limit: [(String, AttributeValue)] = []
        if let perYear = load.maxEnergyPerYearMWh {
            limit = [("e_sum_max", .number(perYear))]
            map(load.name, "energy limit over the window", "e_sum_max")
        }
        if let candidate = capacityCandidate(for: load.name) {
            addExtendableGenerator(load.name, carrier: "curtailable_load", marginalCost: load.costEURPerMWh, perUnit: constant(1), candidate,
                                   extra: limit)
        } else {
            addGenerator(load.name, carrier: "curtailable_load", marginalCost: load.costEURPerMWh, minimumMW: constant(0),
                         maximumMW: constant(load.capacityMW), extra: limit)
        }
        guard let perDay = load.maxEnergyPerDayMWh else { return }
        let calendar = days()
        extra.energyRows.append(ExtraRows.EnergyRow(
            name: "dr_day[\(load.name)]", terms: [.init(generator: load.name, coefficient: 1)], blockSizes: calendar.sizes,
            blockLabels: calendar.labels, sense: "<=", rhs: Array(repeating: perDay, count: calendar.sizes.count),
            capacityTerms: investmentOnly([])))
        map(load.name, "daily energy limit", "rows dr_day (one per day)", extra: true)
    }

    /// Shiftable load: `shift_down[NAME]` a generator at the shifting cost, `shift_up[NAME]` a consuming one, and
    /// one extra row per block making them net to zero.
    mutating func addShiftableLoad(_ load: ShiftableLoad) {
        let down = "shift_down[\(load.name)]", up = "shift_up[\(load.name)]"
        addGenerator(down, carrier: "shiftable_load", marginalCost: load.costEURPerMWh, minimumMW: constant(0), maximumMW: constant(load.downMW))
        addGenerator(up, carrier: "shiftable_load", marginalCost: 0, minimumMW: constant(0), maximumMW: constant(load.upMW), consumes: true)
        let windows = blocks(ofHours: load.windowHours)
        extra.energyRows.append(ExtraRows.EnergyRow(
            name: "shift_block[\(load.name)]", terms: [.init(generator: up, coefficient: 1), .init(generator: down, coefficient: -1)],
            blockSizes: windows.sizes, blockLabels: windows.labels, sense: "==", rhs: Array(repeating: 0, count: windows.sizes.count),
            capacityTerms: investmentOnly([])))
        map(load.name, "shifting blocks", "rows shift_block (one per \(load.windowHours)-hour block)", extra: true)
    }
}
