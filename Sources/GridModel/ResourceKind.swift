/// The one table of resource kinds: how case files spell each kind, where it sits in dispatch stacks and
/// which colour it takes, its default capacity credit and the plan resource groups it belongs to. Parsers,
/// reports, planning-reserve targets and plan checks read this table instead of keeping their own lists.
public enum ResourceKind: String, CaseIterable, Sendable {
    /// Thermal plant.
    case thermal
    /// Conventional hydro.
    case hydro
    /// Onshore wind.
    case onwind
    /// Offshore wind.
    case offwind
    /// Solar PV.
    case solar
    /// Storage (pumped hydro, batteries, other).
    case storage
    /// Curtailable demand response.
    case curtailableLoad = "curtailable_load"
    /// Shiftable demand response.
    case shiftableLoad = "shiftable_load"
    /// Imports and exports.
    case interconnector

    /// The kind whose band of a dispatch stack this kind's flows join, which is also its colour key: itself, except
    /// shiftable load, which joins curtailable load in one demand-response band. Bands stack bottom to top in case
    /// order of this table: steady sources first, variable ones above them, flexibility and imports on top.
    public var layer: ResourceKind {
        self == .shiftableLoad ? .curtailableLoad : self
    }

    /// Capacity credit used when a planning-reserve target gives none, per unit of rated power. Assumptions in
    /// the spirit of common adequacy practice: firm thermal, storage and contracted DR at full power; hydro at the
    /// national dry-season availability (≈0.15 in February, hydro_availability_2020.csv); wind 0.05 and solar 0
    /// (the evening peak); imports at their lowest hourly limit; shiftable load 0 (it only moves energy).
    public var defaultCapacityCredit: Double {
        switch self {
        case .thermal, .storage, .curtailableLoad, .interconnector: return 1
        case .hydro: return 0.15
        case .onwind, .offwind: return 0.05
        case .solar, .shiftableLoad: return 0
        }
    }

    /// Plan resource groups every resource of the kind belongs to (technology adds more: see
    /// ``Resource/planGroups``).
    public var planGroups: [String] {
        switch self {
        case .hydro: return ["hydro", "renewables"]
        case .onwind: return ["onwind", "wind", "wind_solar", "renewables"]
        case .offwind: return ["offwind", "wind", "wind_solar", "renewables"]
        case .solar: return ["solar", "wind_solar", "renewables"]
        case .thermal, .storage, .curtailableLoad, .shiftableLoad, .interconnector: return []
        }
    }
}
