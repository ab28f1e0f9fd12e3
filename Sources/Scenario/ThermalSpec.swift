import GridModel

extension ResourceContext {
    static let thermalKeys = [
        "technology", "capacity_mw", "marginal_cost_eur_per_mwh", "fuel_price_eur_per_mwh_th", "efficiency", "vom_eur_per_mwh",
        "min_stable_load", "ramp_per_hour", "commitment", "startup_cost_eur_per_mw", "co2_t_per_mwh", "co2_t_per_mwh_th",
    ]

    /// A thermal plant. Cost is `marginal_cost_eur_per_mwh`, or `fuel_price_eur_per_mwh_th / efficiency + vom_eur_per_mwh`;
    /// CO2 is `co2_t_per_mwh` (electric) or `co2_t_per_mwh_th / efficiency`.
    func thermal(_ item: YAMLField) throws(ScenarioError) -> ThermalPlant {
        let (fields, name) = try fields(item, allowed: Self.thermalKeys)
        let technologyText = try fields.optionalString("technology") ?? "coal"
        guard let technology = ThermalPlant.Technology(rawValue: technologyText) else {
            throw fields["technology"]!.error("unknown technology '\(technologyText)'; valid: \(ThermalPlant.Technology.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let efficiency = try fields.optionalNumber("efficiency", in: Valid.efficiency.0, valid: Valid.efficiency.1)
        let vom = try fields.number("vom_eur_per_mwh", in: Valid.nonNegative.0, valid: "VOM " + Valid.nonNegative.1, default: 0)
        let cost: Double
        if let direct = try fields.optionalNumber("marginal_cost_eur_per_mwh", in: -1e5...1e5, valid: "must be within ±100,000 EUR/MWh") {
            cost = direct
        } else if let fuel = try fields.optionalNumber("fuel_price_eur_per_mwh_th", in: Valid.nonNegative.0, valid: "a fuel price " + Valid.nonNegative.1) {
            guard let efficiency else { throw item.error("fuel_price_eur_per_mwh_th needs 'efficiency' (electric output per unit of fuel, e.g. 0.46)") }
            cost = fuel / efficiency + vom
        } else {
            throw item.error("missing cost: give marginal_cost_eur_per_mwh, or fuel_price_eur_per_mwh_th with efficiency (and vom_eur_per_mwh)")
        }
        var co2 = try fields.number("co2_t_per_mwh", in: Valid.nonNegative.0, valid: "CO2 intensity " + Valid.nonNegative.1, default: 0)
        if let perThermal = try fields.optionalNumber("co2_t_per_mwh_th", in: Valid.nonNegative.0, valid: Valid.nonNegative.1) {
            guard let efficiency else { throw item.error("co2_t_per_mwh_th needs 'efficiency' to convert to t per MWh of electricity") }
            co2 = perThermal / efficiency
        }
        return ThermalPlant(
            name: name, technology: technology,
            capacityMW: try fields.number("capacity_mw", in: Valid.capacity.0, valid: Valid.capacity.1),
            marginalCostEURPerMWh: cost,
            minStableLoad: try fields.number("min_stable_load", in: Valid.perUnit.0, valid: Valid.perUnit.1, default: 0),
            rampPerHour: try fields.optionalNumber("ramp_per_hour", in: Valid.perUnit.0, valid: "a ramp limit is a share of capacity per hour, 0 to 1"),
            commitment: try fields.bool("commitment", default: false),
            startupCostEURPerMW: try fields.number("startup_cost_eur_per_mw", in: Valid.nonNegative.0, valid: Valid.nonNegative.1, default: 0),
            co2TonnesPerMWh: co2)
    }
}
