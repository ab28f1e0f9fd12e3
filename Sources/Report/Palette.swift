import Charts
import GridModel

/// The one colour table of a report: each kind of resource has the same colour in every chart (coal is always
/// dark grey, solar always yellow), built on the colour-blind-safe Okabe–Ito palette; thermal technologies
/// are told apart by lightness, which survives every form of colour blindness and greyscale printing.
public enum Palette {
    /// Colour of a thermal technology.
    public static func thermal(_ technology: ThermalPlant.Technology) -> String {
        switch technology {
        case .coal: return "#4D4D4D"
        case .chp: return "#7A7A7A"
        case .gasCCGT: return "#9E9E9E"
        case .gasOCGT: return "#BDBDBD"
        case .other: return "#D4D4D4"
        case .nuclear: return "#882255"
        case .biomass: return "#8C6D31"
        }
    }

    /// Colour of a wind or solar kind.
    public static func renewable(_ kind: VariableRenewable.Kind) -> String {
        color(of: kind.resourceKind.layer)
    }

    /// Colour of a kind's dispatch layer (see ``ResourceKind/layer``; thermal plant: of its technology, see ``thermal(_:)``).
    public static func color(of layer: ResourceKind) -> String {
        switch layer {
        case .thermal: return thermal(.other)
        case .hydro: return hydro
        case .onwind: return OkabeIto.skyBlue
        case .offwind: return "#A6D8F5"
        case .solar: return OkabeIto.yellow
        case .storage: return storage
        case .curtailableLoad, .shiftableLoad: return demandResponse
        case .interconnector: return interconnector
        }
    }

    /// Conventional hydro.
    public static let hydro = OkabeIto.blue
    /// Storage, charging and discharging.
    public static let storage = OkabeIto.bluishGreen
    /// Demand response, curtailable and shiftable.
    public static let demandResponse = OkabeIto.reddishPurple
    /// Interconnectors, imports and exports.
    public static let interconnector = OkabeIto.orange
    /// A region's imports and exports over the links of a regional case: indigo, apart from every kind's colour.
    public static let links = "#332288"
    /// Unserved load: the alarm colour.
    public static let unserved = OkabeIto.vermillion
    /// Must-run surplus that nothing could absorb.
    public static let surplus = "#6B6B00"
    /// Wind and solar curtailed: pale, as energy that was not delivered.
    public static let curtailed = "#E4E4E4"
    /// Load (and anything that is load-like: prices).
    public static let load = OkabeIto.black
    /// Net load (load less wind and solar).
    public static let netLoad = "#6A3D9A"

    /// Colour of a resource's kind.
    public static func color(of resource: Resource) -> String {
        if case let .thermal(plant) = resource { return thermal(plant.technology) }
        return color(of: resource.kind.layer)
    }

    /// Name of a thermal technology for legends.
    public static func label(_ technology: ThermalPlant.Technology) -> String {
        switch technology {
        case .coal: return "Coal"
        case .chp: return "CHP"
        case .gasCCGT: return "Gas CCGT"
        case .gasOCGT: return "Gas OCGT"
        case .other: return "Other thermal"
        case .nuclear: return "Nuclear"
        case .biomass: return "Biomass"
        }
    }

    /// Name of a wind or solar kind for legends.
    public static func label(_ kind: VariableRenewable.Kind) -> String {
        switch kind {
        case .onwind: return "Onshore wind"
        case .offwind: return "Offshore wind"
        case .solar: return "Solar"
        }
    }
}
