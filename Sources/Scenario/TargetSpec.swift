import GridModel

/// Targets in a case file.
enum TargetSpec {
    static let kinds = ["renewable_utilisation", "non_hydro_renewable_share", "co2_cap"]

    /// A target item; `extraKeys` are keys the caller reads itself (a group target's `regions`).
    static func parse(_ item: YAMLField, resources: [Resource], extraKeys: [String] = []) throws(ScenarioError) -> Target {
        // margin and capacity_credits were keys of the former planning_reserve: accepted so that such a target reaches the
        // message saying to write the adequacy row instead.
        let fields = try Fields(item, allowed: ["id", "kind", "min", "max_t", "margin", "capacity_credits", "resources", "source", "penalty_eur_per_unit"]
            + extraKeys)
        let idField = try fields.required("id", "a stable identifier such as re_utilisation")
        let id = try idField.string()
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) else {
            throw idField.error("'\(id)' is not a valid id; use letters, digits, '_', '-' and '.'")
        }
        let kindField = try fields.required("kind", "one of \(kinds.joined(separator: ", "))")
        let source = try fields.optionalString("source")
        let penalty = try fields.optionalNumber("penalty_eur_per_unit", in: 0...1e9, valid: "must be ≥ 0 EUR per unit")
        switch try kindField.string() {
        case "renewable_utilisation":
            let names = try (fields["resources"]?.sequence() ?? []).map { field throws(ScenarioError) -> String in
                let name = try field.string()
                guard resources.contains(where: { if case .renewable = $0, $0.name == name { return true }; return false }) else {
                    throw field.error("'\(name)' is not a wind or solar resource of this case")
                }
                return name
            }
            let minimum = try fields.number("min", in: Valid.perUnit.0, valid: "utilisation is a share, 0 to 1")
            return Target(id: id, requirement: .renewableUtilisation(minimum: minimum, resources: names), source: source, penaltyEURPerUnit: penalty)
        case "non_hydro_renewable_share":
            let minimum = try fields.number("min", in: Valid.perUnit.0, valid: "a share of consumption, 0 to 1")
            return Target(id: id, requirement: .nonHydroRenewableShare(minimum: minimum), source: source, penaltyEURPerUnit: penalty)
        case "co2_cap":
            return Target(id: id, requirement: .co2Cap(maxTonnes: try fields.number("max_t", in: Valid.nonNegative.0, valid: "a cap in t, ≥ 0")),
                          source: source, penaltyEURPerUnit: penalty)
        case "planning_reserve":
            throw kindField.error("a planning reserve is the hourly adequacy row: write 'adequacy: {margin: M}' at the top of the case "
                                  + "instead of this target (README, 'Adequacy')")
        case let other:
            throw kindField.error("unknown target kind '\(other)'; valid kinds: \(kinds.joined(separator: ", "))")
        }
    }
}
