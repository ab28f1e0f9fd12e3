import GridModel

/// Where candidates' annualised costs come from: the bundle's cost file of one year (read when first needed), or
/// the case's own figure backed by an assumption.
struct CostBook {
    let year: Int
    let yearField: YAMLField?
    let cache: CSVCache
    let discountRate: Double
    let assumptions: [Assumption]
    private var costs: TechnologyCosts?

    init(year: Int, yearField: YAMLField?, cache: CSVCache, discountRate: Double, assumptions: [Assumption]) {
        self.year = year
        self.yearField = yearField
        self.cache = cache
        self.discountRate = discountRate
        self.assumptions = assumptions
    }

    /// The book of an `investment:` block (`discount_rate`, default ``InvestmentSpec/defaultDiscountRate``;
    /// `cost_year`, default the bundle's cost year nearest `caseYear`, or to 2030 without one).
    init(_ block: YAMLField?, caseYear: Int?, cache: CSVCache, assumptions: [Assumption]) throws(ScenarioError) {
        let settings = try block.map { field throws(ScenarioError) in try Fields(field, allowed: InvestmentSpec.blockKeys) }
        let discountRate = try settings?.number("discount_rate", in: 0...1, valid: "a discount rate per unit, e.g. 0.05",
                                                default: InvestmentSpec.defaultDiscountRate) ?? InvestmentSpec.defaultDiscountRate
        let years = InvestmentSpec.costYears
        let nearestYear = years.min { abs($0 - (caseYear ?? 2030)) < abs($1 - (caseYear ?? 2030)) } ?? 2030
        let yearField = settings?["cost_year"]
        let year = try yearField?.integer(in: 1900...2100, what: "a year of the bundle's cost files (\(years.map(String.init).joined(separator: ", ")))") ?? nearestYear
        self.init(year: year, yearField: yearField, cache: cache, discountRate: discountRate, assumptions: assumptions)
    }

    /// The case's cost under `name`, EUR per MW-year (or MWh-year), with its source; it needs the assumption `key`.
    func override(_ fields: Fields, _ name: String, key: String) throws(ScenarioError) -> (Double, String)? {
        guard let field = fields[name] else { return nil }
        let value = try fields.number(name, in: Valid.nonNegative.0, valid: "an annualised cost in EUR per year, " + Valid.nonNegative.1)
        guard assumptions.contains(where: { $0.key == key }) else {
            throw field.error("a cost written in the case needs an assumption with key '\(key)' (value and reason: where the figure comes from) under 'assumptions'")
        }
        return (value, "assumption \(key)")
    }

    /// The annualised cost of one MW (MWh) of the bundle's `technology`, with its source.
    mutating func bundle(_ technology: String, at field: YAMLField) throws(ScenarioError) -> (Double, String) {
        let costs = try load(at: field)
        return (try costs.annualised(technology, discountRate: discountRate), "\(costs.file): \(technology)")
    }

    /// The annualised cost of one MW of storage power with `hours` of energy, with its source.
    mutating func storage(_ technology: Storage.Technology, hours: Double, at field: YAMLField) throws(ScenarioError) -> (Double, String) {
        let costs = try load(at: field)
        let rows = technology == .pumpedHydro ? TechnologyCosts.pumpedHydro : "\(TechnologyCosts.batteryPower), \(TechnologyCosts.batteryEnergy)"
        return (try costs.annualisedStorageCost(technology, durationHours: hours, discountRate: discountRate), "\(costs.file): \(rows)")
    }

    /// The annualised cost of one MW added to a corridor of `lengthKM` built as `technology`, with its source: the
    /// line per MW and km × length, plus for DC an inverter pair per MW.
    mutating func link(_ technology: LinkExpansion.Technology, lengthKM: Double, at field: YAMLField) throws(ScenarioError) -> (Double, String) {
        let costs = try load(at: field)
        let line = technology == .hvdc ? TechnologyCosts.hvdcLine : TechnologyCosts.hvacLine
        var cost = try costs.annualisedPerMW(line, discountRate: discountRate) * lengthKM
        var rows = "\(line) × \(Fields.format(lengthKM)) km"
        if technology == .hvdc {
            cost += try costs.annualisedPerMW(TechnologyCosts.hvdcConverters, discountRate: discountRate)
            rows += " + \(TechnologyCosts.hvdcConverters)"
        }
        return (cost, "\(costs.file): \(rows)")
    }

    private mutating func load(at field: YAMLField) throws(ScenarioError) -> TechnologyCosts {
        if let costs { return costs }
        do {
            costs = try TechnologyCosts.load(from: cache.directory, year: year)
        } catch {
            let years = InvestmentSpec.costYears.map(String.init).joined(separator: ", ")
            throw (yearField ?? field).error("the candidate's cost comes from the data bundle, but costs/technology_costs_\(year).csv is not in the data directory \(cache.directory.url.path) (the bundle has \(years)); set investment.cost_year, or write the cost in the case with an assumption")
        }
        return costs!
    }
}
