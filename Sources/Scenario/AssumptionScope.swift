import GridModel

/// Assumptions are stated only for resources the case has: an assumption keyed to a technology or kind
/// (`chp.min_stable_load`, `pumped_hydro.duration`, …) that no resource of the case has is an error.
enum AssumptionScope {
    /// Technology and kind names an assumption key may start with.
    static let technologies = Set(ThermalPlant.Technology.allCases.map(\.rawValue) + Storage.Technology.allCases.map(\.rawValue)
        + VariableRenewable.Kind.allCases.map(\.rawValue) + ["hydro"]).subtracting(["other"])

    /// Throws for the first assumption whose key names a technology or kind absent from `resources`.
    static func check(_ assumptions: [Assumption], items: [YAMLField], resources: [Resource]) throws(ScenarioError) {
        for (assumption, item) in zip(assumptions, items) {
            let head = String(assumption.key.split(separator: ".").first ?? "")
            guard technologies.contains(head), !resources.contains(where: { $0.name == head || has(head, $0) }) else { continue }
            throw item.error("assumption '\(assumption.key)' is about \(head), which this case does not have; remove it, or add a \(head) resource")
        }
    }

    static func has(_ technology: String, _ resource: Resource) -> Bool {
        switch resource {
        case let .thermal(plant): return plant.technology.rawValue == technology
        case let .storage(unit): return unit.technology.rawValue == technology
        case let .renewable(plant): return plant.kind.rawValue == technology
        case .hydro: return technology == "hydro"
        default: return false
        }
    }
}
