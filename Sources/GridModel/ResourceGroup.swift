/// Resource groups as plans name them (`pumped_hydro`, `new_storage`, `wind_solar`, …), and which
/// resources of a case belong to each (see ``ResourceKind/planGroups`` and ``Resource/planGroups``).
public enum ResourceGroup {
    /// Every group a plan's capacity target may name.
    public static let names = ["pumped_hydro", "new_storage", "onwind", "offwind", "wind", "solar", "wind_solar", "renewables",
                               "gas", "coal", "biomass", "nuclear", "hydro"]

    /// Whether `resource` belongs to `group`.
    public static func contains(_ group: String, _ resource: Resource) -> Bool {
        resource.planGroups.contains(group)
    }

    /// Installed power of the group's resources in a case, MW (storage: discharge power).
    public static func capacityMW(of group: String, in resources: [Resource]) -> Double {
        resources.filter { contains(group, $0) }.reduce(0) { $0 + $1.ratedPowerMW }
    }
}

extension Resource {
    /// The plan groups the resource belongs to: its kind's, and its technology's for thermal plant and storage.
    public var planGroups: [String] {
        let technologyGroups: [String]
        switch self {
        case let .thermal(plant):
            switch plant.technology {
            case .coal: technologyGroups = ["coal"]
            case .gasCCGT, .gasOCGT: technologyGroups = ["gas"]
            case .biomass: technologyGroups = ["biomass", "renewables"]
            case .nuclear: technologyGroups = ["nuclear"]
            case .chp, .other: technologyGroups = []
            }
        case let .storage(unit):
            technologyGroups = unit.technology == .pumpedHydro ? ["pumped_hydro"] : ["new_storage"]
        default:
            technologyGroups = []
        }
        return kind.planGroups + technologyGroups
    }
}
