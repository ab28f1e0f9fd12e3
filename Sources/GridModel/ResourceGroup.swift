/// Resource groups as plans name them (`pumped_hydro`, `new_storage`, `wind_solar`, …), and which
/// resources of a case belong to each.
public enum ResourceGroup {
    /// Whether `resource` belongs to `group`.
    public static func contains(_ group: String, _ resource: Resource) -> Bool {
        switch (group, resource) {
        case let ("pumped_hydro", .storage(unit)): return unit.technology == .pumpedHydro
        case let ("new_storage", .storage(unit)): return unit.technology != .pumpedHydro
        case let ("onwind", .renewable(plant)): return plant.kind == .onwind
        case let ("offwind", .renewable(plant)): return plant.kind == .offwind
        case let ("wind", .renewable(plant)): return plant.kind != .solar
        case let ("solar", .renewable(plant)): return plant.kind == .solar
        case ("wind_solar", .renewable): return true
        case ("renewables", .renewable), ("renewables", .hydro): return true
        case let ("renewables", .thermal(plant)): return plant.technology == .biomass
        case let ("gas", .thermal(plant)): return plant.technology == .gasCCGT || plant.technology == .gasOCGT
        case let ("coal", .thermal(plant)): return plant.technology == .coal
        case let ("biomass", .thermal(plant)): return plant.technology == .biomass
        case let ("nuclear", .thermal(plant)): return plant.technology == .nuclear
        case ("hydro", .hydro): return true
        default: return false
        }
    }

    /// Installed power of the group's resources in a case, MW (storage: discharge power).
    public static func capacityMW(of group: String, in resources: [Resource]) -> Double {
        resources.filter { contains(group, $0) }.reduce(0) { $0 + $1.ratedPowerMW }
    }
}

extension Resource {
    /// The power a resource can deliver at most, MW (storage: discharge power; interconnector: lowest hourly import limit).
    public var ratedPowerMW: Double {
        switch self {
        case let .thermal(plant): return plant.capacityMW
        case let .hydro(plant): return plant.capacityMW
        case let .renewable(plant): return plant.capacityMW
        case let .storage(unit): return unit.dischargePowerMW
        case let .curtailableLoad(load): return load.capacityMW
        case let .shiftableLoad(load): return load.downMW
        case let .interconnector(link): return link.maxImportMW.min() ?? 0
        }
    }
}
