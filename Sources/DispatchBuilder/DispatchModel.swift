import GridModel
import LinearProgramming

/// The columns one resource added, one hourly series per flow (generation, charge, state of charge, …).
public struct ResourceColumns: Sendable {
    /// The resource's name.
    public let name: String
    /// Flow → one column per hour of the window; `nil` in an hour where the flow is fixed at zero and so has no
    /// column (e.g. curtailment in an hour without wind, exports over a link closed that hour). Readers take it as 0.
    public internal(set) var series: [Flow: [ColumnID?]] = [:]
}

/// The LP row and shortfall column of one target.
public struct TargetRow: Sendable {
    /// The target.
    public let target: Target
    /// The row `target[ID]`.
    public let row: RowID
    /// The column `shortfall[ID]`: how far the target is missed, in the row's unit, at a penalty.
    public let shortfall: ColumnID
    /// The row's unit, e.g. `MWh` or `t`.
    public let unit: String
}

/// A case turned into one linear program, with the map from resources and hours to its columns and rows.
///
/// Built by one module per resource kind (Thermal.swift, Hydro.swift, …), each adding its own columns and
/// rows and its terms in the shared hourly balance (Balance.swift); targets add their rows (Targets.swift).
/// The objective is operating cost in EUR over the window.
public struct DispatchModel: Sendable {
    /// The case it was built from.
    public let source: Case
    /// The linear program.
    public internal(set) var program = LinearProgram(sense: .minimize)
    /// `balance[t=H]`, one per hour: supply − demand = load. Its dual is the hourly marginal price, EUR/MWh.
    public internal(set) var balanceRows: [RowID] = []
    /// `unserved[t=H]`: load not served, MW, at the value of lost load.
    public internal(set) var unservedColumns: [ColumnID] = []
    /// `surplus[t=H]`: must-run output that nothing can absorb, MW, at the value of lost load.
    public internal(set) var surplusColumns: [ColumnID] = []
    /// Columns of each resource, in case order.
    public internal(set) var resourceColumns: [ResourceColumns] = []
    /// One entry per target that is an LP row.
    public internal(set) var targetRows: [TargetRow] = []
    /// `adequacy[t=H]` and its shortfall columns, when the case has an adequacy requirement (Adequacy.swift).
    public internal(set) var adequacyRows: AdequacyRows?
    /// `capacity[NAME]` of the sized storage, in sizing mode.
    public internal(set) var capacityColumn: ColumnID?
    /// Whether this is the investment LP: the case's candidates' capacities are columns (see ``InvestmentColumns``).
    public let investing: Bool
    /// The investment decisions' master columns, in case order (investment LP only).
    public internal(set) var investmentColumns: [InvestmentColumns] = []
    /// Each candidate's capacity column per hour (its hour's copy), by resource name (investment LP only).
    var investedCapacity: [String: [ColumnID]] = [:]
    /// Each storage candidate's energy per hour: `mwhPerUnit` × the hour's copy of `columns` (its energy column, or
    /// its power column with the case's hours of energy).
    var investedEnergy: [String: (columns: [ColumnID], mwhPerUnit: Double)] = [:]
    /// Each storage's first `soc_balance` row (its right-hand side holds a fixed initial state of charge).
    var storageFirstRows: [String: RowID] = [:]
    /// Each storage's and curtailable load's adequacy rows, by resource name: `reserve_power` (right-hand side the
    /// power, MW) and, for storage, `reserve_energy` (right-hand side −min state of charge × energy, MWh).
    var reserveRows: [String: (power: [RowID], energy: [RowID])] = [:]

    /// Balance right-hand sides, accumulated while resources add fixed injections.
    var balanceRHS: [Double] = []
    /// Balance terms, accumulated per hour and written once every resource has added its own.
    var balanceTerms: [[(ColumnID, Double)]] = []

    /// Builds the program for a case; with `sizing`, that storage's power is a decision (see ``Sizing``); with
    /// `investing`, every candidate of `source.investment` is (the investment LP; without it the candidates keep
    /// the case's own capacities).
    public init(case source: Case, sizing: Sizing? = nil, investing: Bool = false) {
        self.source = source
        self.investing = investing
        let hours = source.hours
        program.reserve(columns: hours * (2 + 3 * source.resources.count), rows: hours * (1 + 2 * source.resources.count),
                        entries: hours * (2 + 6 * source.resources.count))
        balanceRHS = source.loadMW
        balanceTerms = Array(repeating: [], count: hours)
        addBalanceSlacks()
        for resource in source.resources {
            var columns = ResourceColumns(name: resource.name)
            switch resource {
            case let .thermal(plant): addThermal(plant, into: &columns)
            case let .hydro(plant): addHydro(plant, into: &columns)
            case let .renewable(plant):
                if let candidate = candidate(for: plant.name) {
                    addInvestedRenewable(plant, candidate, into: &columns)
                } else {
                    addRenewable(plant, into: &columns)
                }
            case let .storage(unit):
                if let sizing, sizing.resource == unit.name {
                    addSizedStorage(unit, sizing, into: &columns)
                } else if let candidate = candidate(for: unit.name) {
                    addInvestedStorage(unit, candidate, into: &columns)
                } else {
                    addStorage(unit, into: &columns)
                }
            case let .curtailableLoad(load): addCurtailableLoad(load, into: &columns)
            case let .shiftableLoad(load): addShiftableLoad(load, into: &columns)
            case let .interconnector(link): addInterconnector(link, into: &columns)
            }
            resourceColumns.append(columns)
        }
        addBalanceRows()
        for target in source.targets { addTarget(target) }
        if let adequacy = source.adequacy { addAdequacy(adequacy, sized: sizing?.resource) }
    }

    /// Hour of the year of window offset `t`, for names.
    func hourOfYear(_ t: Int) -> Int { source.window.first + t }

    /// Adds a column per hour named `PREFIX[NAME,t=H]` (the flow's LP prefix) and records them as the flow of `columns`.
    mutating func hourlyColumns(_ flow: Flow, of columns: inout ResourceColumns, cost: Double, bounds: (Int) -> Bounds) -> [ColumnID] {
        let added = (0..<source.hours).map { t in hourlyColumn(flow, of: columns.name, t, cost: cost, bounds: bounds(t)) }
        columns.series[flow] = added
        return added
    }

    /// Like ``hourlyColumns(_:of:cost:bounds:)``, but an hour whose bounds are `nil` (the flow is fixed at zero
    /// that hour) gets no column: a fixed column only clutters the LP and every file written from it.
    mutating func hourlyColumnsWherever(_ flow: Flow, of columns: inout ResourceColumns, cost: Double,
                                        bounds: (Int) -> Bounds?) -> [ColumnID?] {
        let added = (0..<source.hours).map { t in bounds(t).map { hourlyColumn(flow, of: columns.name, t, cost: cost, bounds: $0) } }
        columns.series[flow] = added
        return added
    }

    private mutating func hourlyColumn(_ flow: Flow, of name: String, _ t: Int, cost: Double, bounds: Bounds) -> ColumnID {
        program.addColumn(named: "\(flow.lpPrefix)[\(name),t=\(hourOfYear(t))]", bounds: bounds, cost: cost)
    }

    /// Puts `coefficient × column` into hour `t`'s balance (positive supplies, negative consumes); nothing for an
    /// absent column.
    mutating func addToBalance(_ t: Int, _ column: ColumnID?, _ coefficient: Double) {
        if let column { balanceTerms[t].append((column, coefficient)) }
    }

    /// The columns of the resource named `name`.
    public func columns(of name: String) -> ResourceColumns? {
        resourceColumns.first { $0.name == name }
    }
}
