/// The one table of resource kinds: how case files spell each kind, where it sits in dispatch stacks and
/// which colour it takes, its default capacity credit and the plan resource groups it belongs to. Parsers,
/// reports, the adequacy row and plan checks read this table instead of keeping their own lists.
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

    /// Capacity credit of the kind in the adequacy row when wind and solar count by credit, per unit of capacity:
    /// wind 0.05 and solar 0 at an evening peak (provincial peaks in the bundle fall after sunset in winter). `nil`
    /// for kinds the row counts otherwise: thermal by forced-outage rate, hydro by availability, storage and DR by
    /// reserve columns, imports by firm share (see ``Adequacy``).
    public var defaultCapacityCredit: Double? {
        switch self {
        case .onwind, .offwind: return 0.05
        case .solar: return 0
        case .thermal, .hydro, .storage, .curtailableLoad, .shiftableLoad, .interconnector: return nil
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
