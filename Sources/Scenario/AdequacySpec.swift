import GridModel

/// The case file's `adequacy:` block: `{margin: 0.15}` switches on the hourly adequacy row; every other key has
/// a default (see ``Adequacy``).
enum AdequacySpec {
    static let keys = ["margin", "forced_outage_rates", "renewables", "capacity_credits", "storage_hours", "import_firm_share",
                       "shortfall_penalty_eur_per_mw_h"]

    static func parse(_ field: YAMLField?) throws(ScenarioError) -> Adequacy? {
        guard let field else { return nil }
        let fields = try Fields(field, allowed: keys)
        var adequacy = Adequacy(margin: try fields.number("margin", in: 0...10, valid: "a reserve margin over each hour's load, e.g. 0.15"))
        if let rates = fields["forced_outage_rates"] {
            let rateFields = try Fields(rates, allowed: ThermalPlant.Technology.allCases.map(\.rawValue))
            for technology in ThermalPlant.Technology.allCases where rateFields.has(technology.rawValue) {
                adequacy.forcedOutageRates[technology] = try rateFields.number(technology.rawValue, in: Valid.perUnit.0,
                                                                               valid: "a forced-outage rate, 0 to 1")
            }
        }
        if let counting = fields["renewables"] {
            let text = try counting.string()
            guard let value = Adequacy.RenewableCounting(rawValue: text) else {
                throw counting.error("'\(text)' is not a way to count wind and solar; valid: "
                                     + Adequacy.RenewableCounting.allCases.map(\.rawValue).joined(separator: ", "))
            }
            adequacy.renewableCounting = value
        }
        if let credits = fields["capacity_credits"] {
            let creditFields = try Fields(credits, allowed: VariableRenewable.Kind.allCases.map(\.rawValue))
            for kind in VariableRenewable.Kind.allCases where creditFields.has(kind.rawValue) {
                adequacy.capacityCredits[kind] = try creditFields.number(kind.rawValue, in: Valid.perUnit.0, valid: "a capacity credit, 0 to 1")
            }
        }
        adequacy.storageHours = try fields.number("storage_hours", in: 0.01...1_000, valid: "hours of reserve a storage must sustain, e.g. 2",
                                                  default: adequacy.storageHours)
        adequacy.importFirmShare = try fields.number("import_firm_share", in: Valid.perUnit.0, valid: "a share of the import limit, 0 to 1",
                                                     default: adequacy.importFirmShare)
        adequacy.shortfallPenaltyEURPerMWh = try fields.number("shortfall_penalty_eur_per_mw_h", in: 0...1e7,
                                                               valid: "EUR per MW short per hour, ≥ 0", default: adequacy.shortfallPenaltyEURPerMWh)
        return adequacy
    }
}
