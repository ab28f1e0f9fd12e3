import GridModel

/// The case file's `investment:` block and the resources' `invest:` (storage, curtailable load, wind, solar) and
/// `retrofit:` (thermal) keys, read into ``Investment``. Costs come from the bundle's
/// `costs/technology_costs_YEAR.csv`, annualised (see ``TechnologyCosts``); a cost written in the case overrides
/// the bundle's and needs an assumption with key `NAME.invest` (`NAME.retrofit`) saying where it comes from.
enum InvestmentSpec {
    static let blockKeys = ["discount_rate", "cost_year"]
    /// Keys of `invest:` for every kind; storage adds ``storageKeys``.
    static let investKeys = ["min_mw", "max_mw", "cost_eur_per_mw_year"]
    static let storageKeys = investKeys + ["min_hours", "max_hours", "cost_eur_per_mwh_year"]
    static let retrofitKeys = ["min_mw", "max_mw", "max_share", "min_stable_load", "cost_eur_per_mw_year"]
    /// Years of the bundle's cost files.
    static let costYears = [2025, 2030]
    /// Discount rate when the case states none, per unit.
    static let defaultDiscountRate = 0.05
    /// Largest hours of energy per MW of a storage candidate, h (as `duration_hours`).
    static let maximumHours = 100_000.0

    /// The kinds that may carry `invest:`.
    static let investableKinds: [ResourceKind] = [.storage, .curtailableLoad, .onwind, .offwind, .solar]

    /// Refuses `invest:` or `retrofit:` on a kind that cannot have it, before the kind's own keys are read.
    static func checkKind(_ item: YAMLField, _ kind: ResourceKind) throws(ScenarioError) {
        guard let mapping = item.node.mapping else { return }
        if let node = mapping["invest"], !investableKinds.contains(kind) {
            let hint = kind == .thermal ? " (a thermal plant takes 'retrofit:' to lower its minimum stable load)" : ""
            throw YAMLField(node: node, path: "\(item.path).invest", file: item.file).error(
                "'invest' is for kinds \(investableKinds.map(\.rawValue).joined(separator: ", ")); a \(kind.rawValue) resource cannot be built\(hint)")
        }
        if let node = mapping["retrofit"], kind != .thermal {
            throw YAMLField(node: node, path: "\(item.path).retrofit", file: item.file).error(
                "'retrofit' is for thermal plants only (it lowers their minimum stable load); for \(kind.rawValue) use 'invest:'\(investableKinds.contains(kind) ? "" : ", or nothing: this kind cannot be built")")
        }
    }

    /// Reads every candidate; `nil` when the case has neither an `investment:` block nor a candidate.
    static func parse(_ block: YAMLField?, items: [YAMLField], resources: [Resource], assumptions: [Assumption], caseYear: Int?,
                      cache: CSVCache) throws(ScenarioError) -> Investment? {
        var book = try CostBook(block, caseYear: caseYear, cache: cache, assumptions: assumptions)
        var candidates: [InvestmentCandidate] = []
        for (item, resource) in zip(items, resources) {
            guard let mapping = item.node.mapping else { continue }
            if let node = mapping["invest"] {
                candidates.append(try capacityCandidate(YAMLField(node: node, path: "\(item.path).invest", file: item.file), item: item,
                                                        resource: resource, book: &book))
            }
            if let node = mapping["retrofit"], case let .thermal(plant) = resource {
                candidates.append(try retrofitCandidate(YAMLField(node: node, path: "\(item.path).retrofit", file: item.file), plant: plant,
                                                        book: &book))
            }
        }
        guard block != nil || !candidates.isEmpty else { return nil }
        return Investment(candidates: candidates, discountRate: book.discountRate)
    }

    /// `invest:` of a storage, curtailable load, wind or solar resource.
    static func capacityCandidate(_ field: YAMLField, item: YAMLField, resource: Resource, book: inout CostBook) throws(ScenarioError) -> InvestmentCandidate {
        let name = resource.name
        if case let .storage(unit) = resource {
            let fields = try Fields(field, allowed: storageKeys)
            let (minMW, maxMW) = try limits(fields)
            return try storageCandidate(fields, item: item, unit: unit, minMW: minMW, maxMW: maxMW, book: &book)
        }
        let fields = try Fields(field, allowed: investKeys)
        let (minMW, maxMW) = try limits(fields)
        let override = try book.override(fields, "cost_eur_per_mw_year", key: "\(name).invest")
        let cost: (Double, String)
        switch resource {
        case let .renewable(plant):
            if let override { cost = override } else { cost = try book.bundle(plant.kind.rawValue, at: fields.owner) }
        default:
            guard let override else {
                throw field.error("a curtailable load has no cost in the data bundle: give cost_eur_per_mw_year (EUR/MW-year) and an assumption with key '\(name).invest' saying where it comes from")
            }
            cost = override
        }
        return InvestmentCandidate(resource: name, minMW: minMW, maxMW: maxMW, costEURPerMWYear: cost.0, costSource: cost.1)
    }

    /// A storage candidate: power alone, its energy the case's hours × power (cost: power with that energy), or
    /// power and energy apart within `min_hours` … `max_hours` (cost: power and energy each).
    static func storageCandidate(_ fields: Fields, item: YAMLField, unit: Storage, minMW: Double, maxMW: Double,
                                 book: inout CostBook) throws(ScenarioError) -> InvestmentCandidate {
        let name = unit.name, key = "\(name).invest"
        let power = try book.override(fields, "cost_eur_per_mw_year", key: key)
        let energyOverride = try book.override(fields, "cost_eur_per_mwh_year", key: key)
        let hoursRange = 0...maximumHours, hoursValid = "hours of energy per MW of power, within 0–100,000 h"
        let minHours = try fields.optionalNumber("min_hours", in: hoursRange, valid: hoursValid)
        let maxHours = try fields.optionalNumber("max_hours", in: hoursRange, valid: hoursValid)
        guard let minHours, let maxHours else {
            if minHours != nil || maxHours != nil {
                throw fields.owner.error("give min_hours and max_hours together (energy sized apart from power within them), or neither")
            }
            if energyOverride != nil {
                throw fields["cost_eur_per_mwh_year"]!.error("an energy cost needs min_hours and max_hours (energy sized apart from power); without them give the cost per MW with its energy in cost_eur_per_mw_year")
            }
            // Hours of energy per MW: the case's energy ÷ discharge power (what the builder uses), else its duration_hours.
            let written = try item.node.mapping?["duration_hours"].map { node throws(ScenarioError) in
                try YAMLField(node: node, path: "\(item.path).duration_hours", file: item.file).number()
            }
            guard let hours = unit.dischargePowerMW > 0 ? unit.energyMWh / unit.dischargePowerMW : written else {
                throw fields.owner.error("the case's power is 0 MW and it has no duration_hours, so its hours of energy per MW are unknown; give duration_hours, or min_hours and max_hours")
            }
            let cost: (Double, String)
            if let power { cost = power } else { cost = try book.storage(unit.technology, hours: hours, at: fields.owner) }
            // With no power in the case the builder cannot take the hours from it: an energy column pinned to
            // hours × power, free (its cost is in the power's), keeps them.
            let pinned = unit.dischargePowerMW > 0 ? nil : EnergyCandidate(minHours: hours, maxHours: hours, costEURPerMWhYear: 0)
            return InvestmentCandidate(resource: name, minMW: minMW, maxMW: maxMW, costEURPerMWYear: cost.0, energy: pinned, costSource: cost.1)
        }
        guard minHours <= maxHours else {
            throw fields["min_hours"]!.error("min_hours \(Fields.format(minHours)) exceeds max_hours \(Fields.format(maxHours))")
        }
        let powerCost: (Double, String), energyCost: (Double, String)
        switch unit.technology {
        case .battery, .other:
            if let power { powerCost = power } else { powerCost = try book.bundle(TechnologyCosts.batteryPower, at: fields.owner) }
            if let energyOverride { energyCost = energyOverride } else { energyCost = try book.bundle(TechnologyCosts.batteryEnergy, at: fields.owner) }
        case .pumpedHydro:
            if let power { powerCost = power } else { powerCost = try book.bundle(TechnologyCosts.pumpedHydro, at: fields.owner) }
            guard let energyOverride else {
                throw fields.owner.error("the data bundle has no energy cost of pumped hydro apart from its power: give cost_eur_per_mwh_year with an assumption '\(key)', or leave out min_hours and max_hours")
            }
            energyCost = energyOverride
        }
        let source = powerCost.1 == energyCost.1 ? powerCost.1 : "\(powerCost.1); energy: \(energyCost.1)"
        return InvestmentCandidate(resource: name, minMW: minMW, maxMW: maxMW, costEURPerMWYear: powerCost.0,
                                   energy: EnergyCandidate(minHours: minHours, maxHours: maxHours, costEURPerMWhYear: energyCost.0),
                                   costSource: source)
    }

    /// `retrofit:` of a thermal plant: `max_share` of its capacity (or `max_mw`) may have its minimum stable load
    /// lowered to `min_stable_load`, at `cost_eur_per_mw_year` (no bundle row: an assumption `NAME.retrofit` is required).
    static func retrofitCandidate(_ field: YAMLField, plant: ThermalPlant, book: inout CostBook) throws(ScenarioError) -> InvestmentCandidate {
        let fields = try Fields(field, allowed: retrofitKeys)
        guard plant.minStableLoad > 0 else {
            throw field.error("this plant's min_stable_load is 0: a retrofit lowers it, so there is nothing to lower; give the plant its min_stable_load or remove retrofit")
        }
        let maxMW: Double
        switch (fields.has("max_share"), fields.has("max_mw")) {
        case (true, false):
            maxMW = try fields.number("max_share", in: Valid.perUnit.0, valid: "the share of the plant's capacity that may be retrofitted, 0 to 1") * plant.capacityMW
        case (false, true):
            maxMW = try fields.number("max_mw", in: 0...plant.capacityMW,
                                      valid: "MW that may be retrofitted, at most the plant's capacity \(Fields.format(plant.capacityMW)) MW")
        default:
            throw field.error("give max_share (of the plant's capacity) or max_mw, one of them")
        }
        let minMW = try fields.number("min_mw", in: 0...maxMW, valid: "MW retrofitted at least, within 0 and the largest \(Fields.format(maxMW)) MW", default: 0)
        let minStableLoad = try fields.number("min_stable_load", in: Valid.perUnit.0, valid: "the retrofitted minimum stable load, per unit")
        guard minStableLoad < plant.minStableLoad else {
            throw fields["min_stable_load"]!.error("\(Fields.format(minStableLoad)) is not below the plant's own min_stable_load \(Fields.format(plant.minStableLoad)); a retrofit must lower it")
        }
        guard let cost = try book.override(fields, "cost_eur_per_mw_year", key: "\(plant.name).retrofit") else {
            throw field.error("a retrofit has no cost in the data bundle: give cost_eur_per_mw_year (EUR per MW retrofitted per year) and an assumption with key '\(plant.name).retrofit' saying where it comes from")
        }
        return InvestmentCandidate(resource: plant.name, decision: .retrofit(minStableLoad: minStableLoad), minMW: minMW, maxMW: maxMW,
                                   costEURPerMWYear: cost.0, costSource: cost.1)
    }

    /// `min_mw` (default 0) and `max_mw` (required), with min ≤ max.
    static func limits(_ fields: Fields) throws(ScenarioError) -> (Double, Double) {
        let maxMW = try fields.number("max_mw", in: Valid.capacity.0, valid: "the largest capacity that may be built, MW; " + Valid.capacity.1)
        let minMW = try fields.number("min_mw", in: Valid.capacity.0, valid: "the least capacity built, MW; " + Valid.capacity.1, default: 0)
        guard minMW <= maxMW else {
            throw fields["min_mw"]!.error("min_mw \(Fields.format(minMW)) exceeds max_mw \(Fields.format(maxMW)); the least capacity must not exceed the largest")
        }
        return (minMW, maxMW)
    }
}
