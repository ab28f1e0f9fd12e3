/// Every hourly quantity a resource can have in the dispatch: one LP column per hour of the window.
///
/// The raw value is the name in result files (`hourly.csv` columns `NAME_RAW_mw`); ``lpPrefix`` names the LP
/// columns (`PREFIX[NAME,t=H]`). A flow that is not spelt here cannot be read or written.
public enum Flow: String, CaseIterable, Sendable, Comparable {
    /// Thermal or hydro output, MW.
    case generation
    /// Thermal capacity online (unit commitment), MW.
    case online
    /// Thermal capacity started in the hour (unit commitment), MW.
    case startup
    /// Wind or solar available but not absorbed, MW.
    case curtailment
    /// Storage charging, MW drawn from the grid.
    case charge
    /// Storage discharging, MW delivered to the grid.
    case discharge
    /// Storage state of charge at the end of the hour, MWh.
    case stateOfCharge = "soc"
    /// Curtailable load shed, MW.
    case reduction
    /// Shiftable load consumed less than planned, MW.
    case shiftDown = "down"
    /// Shiftable load consumed more than planned, MW.
    case shiftUp = "up"
    /// Imports over an interconnector, MW.
    case imports = "import"
    /// Exports over an interconnector, MW.
    case exports = "export"
    /// Capacity a storage or curtailable load holds for the adequacy row, MW (not energy delivered).
    case reserve

    /// What a flow does in the hourly balance.
    public enum Role: Sendable {
        /// Supplies the balance (counts as energy delivered).
        case supply
        /// Consumes from the balance (counts as energy drawn).
        case consumption
        /// A state, not a flow of energy (state of charge, capacity online, adequacy reserve).
        case state
        /// Energy available but thrown away (counts as curtailed).
        case curtailment
        /// An event counted per hour (start-ups), not part of the hourly file.
        case event
    }

    /// The flow's role in the balance.
    public var role: Role {
        switch self {
        case .generation, .discharge, .reduction, .shiftDown, .imports: return .supply
        case .charge, .shiftUp, .exports: return .consumption
        case .stateOfCharge, .online, .reserve: return .state
        case .curtailment: return .curtailment
        case .startup: return .event
        }
    }

    /// Prefix of the flow's LP columns, `PREFIX[NAME,t=H]`.
    public var lpPrefix: String {
        switch self {
        case .generation: return "gen"
        case .curtailment: return "curtail"
        case .reduction: return "shed"
        case .shiftDown: return "shift_down"
        case .shiftUp: return "shift_up"
        default: return rawValue
        }
    }

    /// Unit of the hourly values, as in result file columns (`mwh` for a state of charge, otherwise `mw`).
    public var unitSuffix: String { self == .stateOfCharge ? "mwh" : "mw" }

    /// Name in reports and chart legends.
    public var label: String {
        switch self {
        case .generation: return "Generation"
        case .online: return "Capacity online"
        case .startup: return "Start-ups"
        case .curtailment: return "Curtailment"
        case .charge: return "Storage charging"
        case .discharge: return "Storage discharge"
        case .stateOfCharge: return "State of charge"
        case .reduction, .shiftDown: return "Demand response"
        case .shiftUp: return "Shifted-in load"
        case .imports: return "Imports"
        case .exports: return "Exports"
        case .reserve: return "Adequacy reserve"
        }
    }

    /// Orders flows by their result-file name, the order of `hourly.csv` columns.
    public static func < (lhs: Flow, rhs: Flow) -> Bool { lhs.rawValue < rhs.rawValue }
}
