/// One resource of a case. Each kind is a plain table of attributes (see its type).
public enum Resource: Sendable, Equatable {
    /// Thermal plant.
    case thermal(ThermalPlant)
    /// Conventional hydro.
    case hydro(HydroPlant)
    /// Wind or solar.
    case renewable(VariableRenewable)
    /// Storage.
    case storage(Storage)
    /// Curtailable demand response.
    case curtailableLoad(CurtailableLoad)
    /// Shiftable demand response.
    case shiftableLoad(ShiftableLoad)
    /// Imports and exports.
    case interconnector(Interconnector)

    /// The case's name for the resource.
    public var name: String {
        switch self {
        case let .thermal(value): return value.name
        case let .hydro(value): return value.name
        case let .renewable(value): return value.name
        case let .storage(value): return value.name
        case let .curtailableLoad(value): return value.name
        case let .shiftableLoad(value): return value.name
        case let .interconnector(value): return value.name
        }
    }

    /// The resource's kind (see ``ResourceKind``).
    public var kind: ResourceKind {
        switch self {
        case .thermal: return .thermal
        case .hydro: return .hydro
        case let .renewable(value): return value.kind.resourceKind
        case .storage: return .storage
        case .curtailableLoad: return .curtailableLoad
        case .shiftableLoad: return .shiftableLoad
        case .interconnector: return .interconnector
        }
    }

    /// The kind as written in case files (`thermal`, `onwind`, `storage`, …).
    public var kindName: String { kind.rawValue }

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
