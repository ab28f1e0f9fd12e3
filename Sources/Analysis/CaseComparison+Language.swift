import Localization

extension CaseComparison {
    /// The comparison with capacities (MW) in `text`'s power unit and energy (MWh, outside the capacity group,
    /// where storage energy stays in MWh) in its energy unit; `--json` keeps MW and MWh.
    public func converted(to text: Localizer) -> CaseComparison {
        var copy = self
        copy.measures = measures.map { measure in
            var measure = measure
            let scale: ((Double) -> Double)?
            switch (measure.group, measure.unit) {
            case (_, "MW"): scale = text.power; measure.unit = text.powerUnit
            case (let group, "MWh") where group != "capacity": scale = text.energy; measure.unit = text.energyUnit
            default: scale = nil
            }
            if let scale {
                measure.values = measure.values.map { $0.map(scale) }
                measure.differences = measure.differences.map { $0.map(scale) }
            }
            return measure
        }
        return copy
    }

    /// A group's name in `text`'s language.
    public static func groupLabel(_ group: String, in text: Localizer) -> String {
        let keys: [String: TextKey] = ["capacity": .cmpCapacity, "cost": .cmpCost, "energy": .cmpEnergy, "utilisation": .cmpUtilisation,
                                       "adequacy": .cmpAdequacy, "emissions": .cmpEmissions]
        return keys[group].map { text($0) } ?? group
    }

    /// A measure's name in `text`'s language (resource names as the case writes them).
    public static func measureLabel(_ measure: Measure, in text: Localizer) -> String {
        let keys: [String: TextKey] = [
            "objective": .wbObjective, "operating_cost": .wbOperatingCost, "target_penalty": .wbTargetPenalty, "mean_price": .wbMeanPrice,
            "load": .wbLoad, "renewable_available": .wbRenewableAvailable, "curtailment": .wbCurtailmentItem, "renewable_utilisation": .wbUtilisation,
            "non_hydro_renewable_share": .wbNonHydro, "unserved": .wbUnserved, "unserved_hours": .wbUnservedHours, "peak_load": .wbPeakLoad,
            "peak_load_after_flex": .wbPeakLoadAfterFlex, "peak_net_load_after_flex": .wbPeakNetLoadAfterFlex, "co2": .wbCO2,
        ]
        if measure.group == "capacity" {
            return measure.name.hasSuffix(" energy") ? text(.cmpStorageEnergy, ["name": String(measure.name.dropLast(" energy".count))]) : measure.name
        }
        if let key = keys[measure.name] { return text(key) }
        if measure.name.hasPrefix("curtailment_") { return text(.cmpCurtailmentKind, ["kind": String(measure.name.dropFirst("curtailment_".count))]) }
        return measure.name
    }
}
