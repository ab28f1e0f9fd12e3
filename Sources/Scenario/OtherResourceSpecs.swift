import GridModel

extension ResourceContext {
    /// Hydro: `capacity_mw`, `availability` (per-unit series), `daily_energy_budget`, `vom_eur_per_mwh`.
    mutating func hydro(_ item: YAMLField) throws(ScenarioError) -> HydroPlant {
        let (fields, name) = try fields(item, allowed: ["capacity_mw", "availability", "daily_energy_budget", "vom_eur_per_mwh"])
        let availability = try windowSeries(try fields.required("availability", "a per-unit series, FILE.csv#COLUMN"), role: .perUnit, label: name)
        return HydroPlant(
            name: name, capacityMW: try fields.number("capacity_mw", in: Valid.capacity.0, valid: Valid.capacity.1),
            availability: availability, dailyEnergyBudget: try fields.bool("daily_energy_budget", default: false),
            vomEURPerMWh: try fields.number("vom_eur_per_mwh", in: Valid.nonNegative.0, valid: Valid.nonNegative.1, default: 0))
    }

    /// Wind or solar: `capacity_mw`, `profile` (per-unit series, optionally with `full_load_hours`), `vom_eur_per_mwh`.
    mutating func renewable(_ item: YAMLField, kind: VariableRenewable.Kind) throws(ScenarioError) -> VariableRenewable {
        let (fields, name) = try fields(item, allowed: ["capacity_mw", "profile", "vom_eur_per_mwh"])
        let profile = try windowSeries(try fields.required("profile", "a capacity-factor series, FILE.csv#COLUMN"), role: .perUnit, label: name)
        return VariableRenewable(
            name: name, kind: kind, capacityMW: try fields.number("capacity_mw", in: Valid.capacity.0, valid: Valid.capacity.1),
            capacityFactor: profile,
            vomEURPerMWh: try fields.number("vom_eur_per_mwh", in: Valid.nonNegative.0, valid: Valid.nonNegative.1, default: 0))
    }

    /// Curtailable load: `capacity_mw` or `share_of_peak` (of the window's peak load, as the plans state it),
    /// `cost_eur_per_mwh`, `max_mwh_per_day` or `max_hours_per_day` (at full capacity), `max_mwh_per_year`.
    mutating func curtailableLoad(_ item: YAMLField) throws(ScenarioError) -> CurtailableLoad {
        let (fields, name) = try fields(item, allowed: ["capacity_mw", "share_of_peak", "cost_eur_per_mwh", "max_mwh_per_day", "max_hours_per_day", "max_mwh_per_year"])
        let capacity = try capacityOrShare(fields, item: item, name: name)
        var perDay = try fields.optionalNumber("max_mwh_per_day", in: Valid.nonNegative.0, valid: "must be ≥ 0 MWh")
        if let hours = try fields.optionalNumber("max_hours_per_day", in: 0...24, valid: "must be within 0–24 h") {
            guard perDay == nil else { throw item.error("give max_mwh_per_day or max_hours_per_day, not both") }
            perDay = hours * capacity
        }
        return CurtailableLoad(
            name: name, capacityMW: capacity,
            costEURPerMWh: try fields.number("cost_eur_per_mwh", in: Valid.nonNegative.0, valid: "a cost " + Valid.nonNegative.1),
            maxEnergyPerDayMWh: perDay,
            maxEnergyPerYearMWh: try fields.optionalNumber("max_mwh_per_year", in: Valid.energy.0, valid: Valid.energy.1))
    }

    /// Shiftable load: `up_mw` and `down_mw`, or `capacity_mw` / `share_of_peak` for both; `window_hours`
    /// (default 24), `cost_eur_per_mwh`.
    mutating func shiftableLoad(_ item: YAMLField) throws(ScenarioError) -> ShiftableLoad {
        let (fields, name) = try fields(item, allowed: ["up_mw", "down_mw", "capacity_mw", "share_of_peak", "window_hours", "cost_eur_per_mwh"])
        let both = fields.has("capacity_mw") || fields.has("share_of_peak") ? try capacityOrShare(fields, item: item, name: name) : nil
        let up = try fields.optionalNumber("up_mw", in: Valid.capacity.0, valid: Valid.capacity.1) ?? both
        let down = try fields.optionalNumber("down_mw", in: Valid.capacity.0, valid: Valid.capacity.1) ?? both
        guard let up, let down else { throw item.error("missing 'up_mw' and 'down_mw' (or capacity_mw / share_of_peak for both)") }
        let windowHours = try fields["window_hours"]?.integer() ?? 24
        guard (1...HourWindow.hoursPerYear).contains(windowHours) else {
            throw fields["window_hours"]!.error("\(windowHours) is out of range; the shifting window must be 1–8,760 hours")
        }
        return ShiftableLoad(name: name, upMW: up, downMW: down, windowHours: windowHours,
                             costEURPerMWh: try fields.number("cost_eur_per_mwh", in: Valid.nonNegative.0, valid: Valid.nonNegative.1, default: 0))
    }

    /// Interconnector: `max_import_mw`, `min_import_mw`, `max_export_mw`, `min_export_mw` (numbers or MW series),
    /// `import_price_eur_per_mwh`, `export_price_eur_per_mwh`, `renewable_share` of imports.
    mutating func interconnector(_ item: YAMLField) throws(ScenarioError) -> Interconnector {
        let (fields, name) = try fields(item, allowed: [
            "max_import_mw", "min_import_mw", "max_export_mw", "min_export_mw", "import_price_eur_per_mwh", "export_price_eur_per_mwh", "renewable_share",
        ])
        let maxImport = try hourly(fields["max_import_mw"], default: 0, label: "\(name) import limit")
        let minImport = try hourly(fields["min_import_mw"], default: 0, label: "\(name) minimum import")
        let maxExport = try hourly(fields["max_export_mw"], default: 0, label: "\(name) export limit")
        let minExport = try hourly(fields["min_export_mw"], default: 0, label: "\(name) minimum export")
        if let hour = minImport.indices.first(where: { minImport[$0] > maxImport[$0] }) {
            throw item.error("min_import_mw exceeds max_import_mw in hour \(window.first + hour)")
        }
        if let hour = minExport.indices.first(where: { minExport[$0] > maxExport[$0] }) {
            throw item.error("min_export_mw exceeds max_export_mw in hour \(window.first + hour)")
        }
        let importPrice = try fields.number("import_price_eur_per_mwh", in: -1e5...1e5, valid: "must be within ±100,000 EUR/MWh")
        let exportPrice = try fields.number("export_price_eur_per_mwh", in: -1e5...1e5, valid: "must be within ±100,000 EUR/MWh", default: 0)
        if exportPrice > importPrice, maxImport.contains(where: { $0 > 0 }), maxExport.contains(where: { $0 > 0 }) {
            throw fields["export_price_eur_per_mwh"]!.error("export price \(exportPrice) above import price \(importPrice) would pay for importing and exporting at once; it must not exceed the import price")
        }
        return Interconnector(name: name, minImportMW: minImport, maxImportMW: maxImport, minExportMW: minExport, maxExportMW: maxExport,
                              importPriceEURPerMWh: importPrice, exportPriceEURPerMWh: exportPrice,
                              renewableShare: try fields.number("renewable_share", in: Valid.perUnit.0, valid: Valid.perUnit.1, default: 0))
    }

    /// `capacity_mw`, or `share_of_peak` × the window's peak load (with a data note).
    mutating func capacityOrShare(_ fields: Fields, item: YAMLField, name: String) throws(ScenarioError) -> Double {
        if let share = try fields.optionalNumber("share_of_peak", in: Valid.perUnit.0, valid: "a share of peak load, 0 to 1 (0.05 for 5%)") {
            guard !fields.has("capacity_mw") else { throw item.error("give capacity_mw or share_of_peak, not both") }
            let capacity = share * peakLoadMW
            notes.append("\(name): \(SeriesSpec.fixed(share * 100, 1))% of the window's peak load \(SeriesSpec.fixed(peakLoadMW, 0)) MW = \(SeriesSpec.fixed(capacity, 0)) MW")
            return capacity
        }
        return try fields.number("capacity_mw", in: Valid.capacity.0, valid: Valid.capacity.1 + " (or give share_of_peak)")
    }
}
