import Foundation
import GridModel

/// One province's case file as `gridflex case build` writes it, in the style of Models/examples/guangxi-2020.yaml:
/// the end-2020 fleet scaled by the province's load growth, costs from the bundle's cost file, every number's
/// source in a comment and every number without one in `assumptions`.
struct ProvinceCaseText {
    let code: String
    /// The province's English name (bundle README).
    let name: String
    let year: Int
    /// Technology column of the capacity file → end-2020 capacity, MW.
    let capacityMW: [String: Double]
    /// Consumption in the fleet's year, in `year` and the 2024 statistic (the load file's 2025 column), TWh.
    let loadTWh: (fleetYear: Double, year: Double, statistic: Double?)
    let costs: TechnologyCosts
    /// The regional file, relative to this one's directory, for the header.
    let regionalFile: String

    /// Hours a pumped-hydro station runs at full power (see its assumption).
    static let pumpedHydroHours = 6.0

    /// Every technology scales by this: the province's consumption in `year` ÷ that in 2020.
    var growth: Double { loadTWh.year / loadTWh.fleetYear }
    var growthText: String { String(format: "%.4f", growth) }

    /// The file's text.
    func text() throws(ScenarioError) -> String {
        var file = YAMLLines()
        file.comment("\(name) (\(code)) in \(year), written by `gridflex case build` for \(regionalFile) (its header has the command line).")
        file.comment("End-\(ProvinceBundle.fleetYear) installed capacity scaled by the province's load growth \(ProvinceBundle.fleetYear)→\(year); the 2018 hourly load shape")
        file.comment("scaled to the year's consumption; 2020 weather for wind, solar and hydro.")
        file.add("name: \(code)-\(year)")
        file.add("region: \(code)")
        file.add("description: >")
        file.add("  \(name), \(year). Capacities: \(ProvinceBundle.capacityFile) (\(code) row) × \(growthText), the province's load growth")
        file.add("  \(ProvinceBundle.fleetYear)→\(year) (see assumptions). Costs: \(costs.file) (EUR 2020). Load year 2018, weather year 2020,")
        file.add("  aligned by hour of year.")
        file.add("year: \(year)")
        file.add("hours: 1-8760")
        file.add("value_of_lost_load_eur_per_mwh: 10000")
        file.add("co2_price_eur_per_t: 0")
        file.add("")
        file.add("load:")
        file.add("  profile: load/hourly_load_2018_MW.csv#\(code)")
        var loadSource = "\(ProvinceBundle.loadFile), \(code), \(year)"
        if let statistic = loadTWh.statistic, statistic > loadTWh.year, year > ProvinceBundle.statisticsColumn {
            loadSource += " (below the \(ProvinceBundle.statisticsColumn) column's 2024 statistic, \(Fields.format(statistic)) TWh: the file's projection, as given)"
        }
        file.add("  annual_twh: \(Fields.format(loadTWh.year))", loadSource)
        file.add("")
        file.add("resources:")
        var present: [String] = []
        for technology in ["coal", "gas_ocgt", "chp", "nuclear", "hydro", "onwind", "offwind", "solar", "pumped_hydro"] {
            let installed = capacityMW[technology] ?? 0
            guard installed > 0 else { continue }
            present.append(technology)
            try resource(technology, installed: installed, in: &file)
        }
        file.add("")
        file.add("assumptions:")
        assumptions(present, in: &file)
        return file.text
    }

    /// The capacity line: the 2020 figure × the growth, rounded to a whole MW.
    private func capacity(_ key: String, _ technology: String, installed: Double, in file: inout YAMLLines) {
        file.add("    \(key): \(Fields.format((installed * growth).rounded()))",
                 "\((ProvinceBundle.capacityFile as NSString).lastPathComponent) \(code) \(technology): \(Fields.format(installed)) × \(growthText)")
    }

    /// A cost-file parameter as a key line with its source.
    private func parameter(_ key: String, _ technology: String, _ parameter: String, in file: inout YAMLLines) throws(ScenarioError) {
        guard let value = costs.values[technology]?[parameter] else {
            throw ScenarioError(file: costs.file, key: "\(technology).\(parameter)", message: "not in the cost file; `gridflex case build` reads it for \(code)")
        }
        file.add("    \(key): \(Fields.format(value))", "\((costs.file as NSString).lastPathComponent) \(technology) \(parameter)")
    }

    /// Fuel, efficiency, VOM and CO2 of a thermal plant from the cost file's rows `plant` and `fuel`.
    private func thermal(plant: String, fuel: String, in file: inout YAMLLines) throws(ScenarioError) {
        try parameter("fuel_price_eur_per_mwh_th", fuel, "fuel", in: &file)
        try parameter("efficiency", plant, "efficiency", in: &file)
        try parameter("vom_eur_per_mwh", plant, "VOM", in: &file)
        if costs.values[fuel]?["CO2 intensity"] != nil { try parameter("co2_t_per_mwh_th", fuel, "CO2 intensity", in: &file) }
    }

    private func resource(_ technology: String, installed: Double, in file: inout YAMLLines) throws(ScenarioError) {
        file.add("  - name: \(technology)")
        switch technology {
        case "coal", "chp", "gas_ocgt", "nuclear":
            file.add("    kind: thermal")
            file.add("    technology: \(technology)")
            capacity("capacity_mw", technology, installed: installed, in: &file)
            switch technology {
            case "gas_ocgt": try thermal(plant: "OCGT", fuel: "gas", in: &file)
            case "nuclear": try thermal(plant: "nuclear", fuel: "nuclear", in: &file)
            default: try thermal(plant: "coal", fuel: "coal", in: &file)
            }
            if technology == "coal" {
                ["commitment: true", "min_stable_load: 0.4", "startup_cost_eur_per_mw: 30", "ramp_per_hour: 0.3"].forEach { file.add("    " + $0) }
            }
            if technology == "chp" { file.add("    min_stable_load: 0.5", "heat-led must-run, see assumptions") }
            if technology == "nuclear" { file.add("    min_stable_load: 0.8") }
        case "hydro":
            file.add("    kind: hydro")
            capacity("capacity_mw", technology, installed: installed, in: &file)
            file.add("    availability: hydro/hydro_availability_2020.csv#availability")
            file.add("    daily_energy_budget: true")
        case "onwind", "offwind", "solar":
            file.add("    kind: \(technology)")
            capacity("capacity_mw", technology, installed: installed, in: &file)
            file.add("    profile: renewables/capacity_factor_\(technology)_2020.csv#\(code)")
            try parameter("vom_eur_per_mwh", technology, "VOM", in: &file)
        case "pumped_hydro":
            file.add("    kind: storage")
            file.add("    technology: pumped_hydro")
            capacity("power_mw", technology, installed: installed, in: &file)
            file.add("    duration_hours: \(Fields.format(Self.pumpedHydroHours))", "see assumptions")
            try parameter("round_trip_efficiency", TechnologyCosts.pumpedHydro, "efficiency", in: &file)
        default:
            throw ScenarioError(file: ProvinceBundle.capacityFile, key: technology, message: "`gridflex case build` has no resource for this column")
        }
    }

    /// The assumption each technology brings when the province has it: (technology, key, value, reason).
    static let technologyAssumptions: [(String, String, String, String)] = [
        ("coal", "coal.commitment", "linear commitment, min stable load 0.4, start-up 30 EUR/MW, ramp 0.3 per hour",
         "Typical of Chinese coal units before flexibility retrofits; not in the data bundle."),
        ("chp", "chp.min_stable_load", "0.5 without commitment (must-run); fuel, efficiency, VOM and CO2 of the coal row",
         "Heat-led operation; the bundle has no heat demand and no cost row for coal CHP."),
        ("nuclear", "nuclear.min_stable_load", "0.8", "Nuclear runs as baseload in China."),
        ("hydro", "hydro.daily_energy_budget", "true", "Reservoirs reshape a day's inflow; the availability profile is one national shape."),
        ("onwind", "onwind.profile", "the ERA5 2020 profile as it is, not rescaled",
         "The bundle's README notes that onshore-wind profiles run low in the south against official utilisation hours, which it has for five provinces only; every built province keeps its profile unscaled, so that provinces compare alike."),
        ("pumped_hydro", "pumped_hydro.duration", "\(Fields.format(pumpedHydroHours)) h at full power",
         "Chinese pumped-storage stations are built for 5–7 h, as in the plan cases (Models/guangxi/2030.yaml); the bundle has no storage energy, and the PyPSA-China 24 h convention would overstate it."),
    ]

    /// The numbers that come from no source, for the technologies the province has.
    private func assumptions(_ present: [String], in file: inout YAMLLines) {
        let fleetYear = ProvinceBundle.fleetYear
        file.assumption("fleet.growth", "every technology's end-\(fleetYear) capacity × \(growthText) (\(Fields.format(loadTWh.year)) TWh in \(year) ÷ \(Fields.format(loadTWh.fleetYear)) TWh in \(fleetYear))",
                        "The bundle has end-\(fleetYear) capacities only (\(ProvinceBundle.capacityFile)); scaling each technology by the province's consumption growth \(fleetYear)→\(year) (\(ProvinceBundle.loadFile)) keeps the \(fleetYear) mix and its ratio of capacity to load. A stand-in for the year's real fleet, which the bundle does not have.")
        for (technology, key, value, reason) in Self.technologyAssumptions where present.contains(technology) {
            file.assumption(key, value, reason)
        }
        file.assumption("costs", costs.file, "The bundle's cost file nearest the case year (it has 2025 and 2030); EUR 2020.")
        file.assumption("trade", "no interconnector", "Trade with neighbours is the regional case's links; trade with provinces outside it is not modelled.")
    }
}
