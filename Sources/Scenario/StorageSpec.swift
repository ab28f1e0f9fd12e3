import GridModel

extension ResourceContext {
    static let storageKeys = [
        "technology", "power_mw", "charge_power_mw", "discharge_power_mw", "energy_mwh", "duration_hours",
        "efficiency_charge", "efficiency_discharge", "round_trip_efficiency", "self_discharge_per_hour",
        "soc_min", "soc_max", "initial_soc", "vom_eur_per_mwh", "exclusive_charge_discharge",
    ]

    /// Storage. Power: `power_mw` (both ways) or `charge_power_mw` / `discharge_power_mw`. Energy: `energy_mwh` or
    /// `duration_hours` × discharge power. Efficiency: `efficiency_charge` and `efficiency_discharge`, or
    /// `round_trip_efficiency` split evenly (√ each way). No `initial_soc` means cyclic.
    func storage(_ item: YAMLField) throws(ScenarioError) -> Storage {
        let (fields, name) = try fields(item, allowed: Self.storageKeys)
        let technologyText = try fields.optionalString("technology") ?? "battery"
        guard let technology = Storage.Technology(rawValue: technologyText) else {
            throw fields["technology"]!.error("unknown technology '\(technologyText)'; valid: \(Storage.Technology.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let power = try fields.optionalNumber("power_mw", in: Valid.capacity.0, valid: Valid.capacity.1)
        let charge = try fields.optionalNumber("charge_power_mw", in: Valid.capacity.0, valid: Valid.capacity.1) ?? power
        let discharge = try fields.optionalNumber("discharge_power_mw", in: Valid.capacity.0, valid: Valid.capacity.1) ?? power
        guard let charge, let discharge else { throw item.error("missing 'power_mw' (or charge_power_mw and discharge_power_mw)") }
        let energy: Double
        if let mwh = try fields.optionalNumber("energy_mwh", in: Valid.energy.0, valid: Valid.energy.1) {
            energy = mwh
        } else if let hours = try fields.optionalNumber("duration_hours", in: 0...100_000, valid: "duration must be within 0–100,000 h") {
            energy = hours * discharge
        } else {
            throw item.error("missing 'energy_mwh' or 'duration_hours'")
        }
        var chargeEfficiency = 1.0, dischargeEfficiency = 1.0
        if let roundTrip = try fields.optionalNumber("round_trip_efficiency", in: Valid.efficiency.0, valid: Valid.efficiency.1) {
            chargeEfficiency = roundTrip.squareRoot()
            dischargeEfficiency = roundTrip.squareRoot()
        }
        chargeEfficiency = try fields.number("efficiency_charge", in: Valid.efficiency.0, valid: Valid.efficiency.1, default: chargeEfficiency)
        dischargeEfficiency = try fields.number("efficiency_discharge", in: Valid.efficiency.0, valid: Valid.efficiency.1, default: dischargeEfficiency)
        let socMin = try fields.number("soc_min", in: Valid.perUnit.0, valid: Valid.perUnit.1, default: 0)
        let socMax = try fields.number("soc_max", in: Valid.perUnit.0, valid: Valid.perUnit.1, default: 1)
        guard socMin <= socMax else { throw fields["soc_min"]!.error("soc_min \(socMin) exceeds soc_max \(socMax)") }
        let initial = try fields.optionalNumber("initial_soc", in: Valid.perUnit.0, valid: Valid.perUnit.1)
        if let initial, !(socMin...socMax).contains(initial) {
            throw fields["initial_soc"]!.error("\(initial) is outside soc_min…soc_max (\(socMin)…\(socMax))")
        }
        return Storage(
            name: name, technology: technology, chargePowerMW: charge, dischargePowerMW: discharge, energyMWh: energy,
            chargeEfficiency: chargeEfficiency, dischargeEfficiency: dischargeEfficiency,
            selfDischargePerHour: try fields.number("self_discharge_per_hour", in: 0...0.999_999, valid: "a share lost per hour, 0 to below 1", default: 0),
            minStateOfCharge: socMin, maxStateOfCharge: socMax, initialStateOfCharge: initial,
            vomEURPerMWh: try fields.number("vom_eur_per_mwh", in: Valid.nonNegative.0, valid: Valid.nonNegative.1, default: 0),
            exclusiveChargeDischarge: try fields.bool("exclusive_charge_discharge", default: false))
    }
}
