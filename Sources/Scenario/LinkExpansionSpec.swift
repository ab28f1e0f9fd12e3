import GridModel

/// A link's `expandable:` key and the regional file's `investment:` block, read into ``LinkExpansion``. The cost
/// comes from the bundle's `costs/technology_costs_YEAR.csv` (`HVAC overhead` or `HVDC overhead` per MW and km, plus
/// an `HVDC inverter pair` per MW for DC), annualised like every candidate (``TechnologyCosts``); a cost written in
/// the case overrides it. The length never comes from the bundle (it has none), so an assumption with key
/// `links.NAME.expandable` must say where it comes from.
enum LinkExpansionSpec {
    static let keys = ["max_mw", "length_km", "technology", "cost_eur_per_mw_year"]
    /// Longest corridor accepted, km (China spans about 5,000 km).
    static let maximumLengthKM = 10_000.0

    /// `expandable:` of the link named `name`.
    static func parse(_ field: YAMLField, link name: String, book: inout CostBook) throws(ScenarioError) -> LinkExpansion {
        let fields = try Fields(field, allowed: keys)
        let key = "links.\(name).expandable"
        guard book.assumptions.contains(where: { $0.key == key }) else {
            throw field.error("an expandable link needs an assumption with key '\(key)' under 'assumptions' saying where its length (and any cost written here) comes from: the data bundle gives no corridor lengths")
        }
        let maxMW = try fields.number("max_mw", in: Valid.capacity.0, valid: "the largest capacity that may be added each way, MW; " + Valid.capacity.1)
        let lengthKM = try fields.number("length_km", in: 1...maximumLengthKM, valid: "the corridor's length, within 1–10,000 km")
        let technologies = LinkExpansion.Technology.allCases.map(\.rawValue).joined(separator: ", ")
        let technologyField = try fields.required("technology", "the line technology whose bundle costs apply: \(technologies)")
        let spelled = try technologyField.string()
        guard let technology = LinkExpansion.Technology(rawValue: spelled) else {
            throw technologyField.error("'\(spelled)' is not a line technology; valid: \(technologies)")
        }
        if let override = try book.override(fields, "cost_eur_per_mw_year", key: key) {
            return LinkExpansion(maxMW: maxMW, lengthKM: lengthKM, technology: technology, costEURPerMWYear: override.0, costSource: override.1)
        }
        let cost = try book.link(technology, lengthKM: lengthKM, at: fields.owner)
        return LinkExpansion(maxMW: maxMW, lengthKM: lengthKM, technology: technology, costEURPerMWYear: cost.0, costSource: cost.1)
    }
}
