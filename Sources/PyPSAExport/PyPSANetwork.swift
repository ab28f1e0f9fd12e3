import GridModel

/// A resolved case as a single-bus PyPSA network whose optimum is GridFlex's: the same columns (one PyPSA
/// variable per GridFlex column), the same rows, the same objective.
///
/// Every series is written after scaling and windowing. Snapshots are the hours of the year (1…8,760), each
/// weighted one hour. What PyPSA's components express natively becomes attributes; the rest (linear commitment,
/// daily energy budgets and limits, shifting blocks, state-of-charge bounds other than [0, E], exclusive charge,
/// target rows) becomes ``ExtraRows`` for the `extra_functionality` written with it. Consumers (surplus, exports,
/// shifted-up load) are generators with `sign = -1`, so each has a non-negative `p` like its GridFlex column.
/// Wind and solar are generators with `p ≤ cf × p_nom` at their VOM: VOM × p is exactly GridFlex's constant
/// (VOM × available) minus VOM × curtailment.
public struct PyPSANetwork: Sendable {
    /// The case's name.
    public let caseName: String
    /// The bus, named after the case's region; in a regional network (see ``init(regional:)``) the first region's,
    /// every region's bus being in `buses`.
    public let bus: String
    /// Snapshots: hours of the year.
    public let snapshots: [Int]
    /// `buses`.
    public internal(set) var buses = ComponentTable(listName: "buses")
    /// `carriers`.
    public internal(set) var carriers = ComponentTable(listName: "carriers")
    /// `generators`: plants, demand response, interconnector flows, unserved energy and surplus.
    public internal(set) var generators = ComponentTable(listName: "generators")
    /// `storage_units`.
    public internal(set) var storageUnits = ComponentTable(listName: "storage_units")
    /// `loads`.
    public internal(set) var loads = ComponentTable(listName: "loads")
    /// `links`: the corridors between the buses of a regional network; empty for a single region.
    public internal(set) var links = ComponentTable(listName: "links")
    /// Rows and variables for `extra_functionality`, and how each feature is mapped.
    public internal(set) var extra = ExtraRows()

    /// The case it was built from (a regional network's first region, whose window every region shares).
    let source: Case

    /// The network of a case: its dispatch with the case's capacities, or with `investing` its investment LP, each
    /// candidate's capacity a decision (extendable components, and extra rows for what PyPSA's do not express).
    public init(case source: Case, investing: Bool = false) {
        self.source = source
        caseName = source.name
        bus = source.region
        snapshots = Array(source.window.first...source.window.last)
        if investing, source.investment != nil {
            extra.investment = ExtraRows.Investment(windowShare: Double(source.hours) / Double(HourWindow.hoursPerYear))
        }
        buses.add(bus, ["carrier": .text("AC")])
        loads.add("load", ["bus": .text(bus)])
        loads.addHourly("p_set", of: "load", source.loadMW)
        addUnserved()
        for resource in source.resources {
            switch resource {
            case let .thermal(plant): addThermal(plant)
            case let .hydro(plant): addHydro(plant)
            case let .renewable(plant): addRenewable(plant)
            case let .storage(unit): addStorage(unit)
            case let .curtailableLoad(load): addCurtailableLoad(load)
            case let .shiftableLoad(load): addShiftableLoad(load)
            case let .interconnector(link): addInterconnector(link)
            }
        }
        addSurplus()
        for target in source.targets { addTarget(target) }
        if let adequacy = source.adequacy { addAdequacy(adequacy) }
        addCarriers()
    }

    /// The tables in the order they are written.
    public var tables: [ComponentTable] { [buses, carriers, generators, storageUnits, loads, links] }

    /// Lists every carrier of the buses, generators and storage units once, in the order first met.
    mutating func addCarriers() {
        var seen = Set<String>()
        for table in [buses, generators, storageUnits] {
            for row in table.rows {
                guard case let .text(carrier)? = row.values["carrier"], seen.insert(carrier).inserted else { continue }
                carriers.add(carrier, [:])
            }
        }
    }

    /// Adds a generator on the bus. `minimumMW` and `maximumMW` are hourly bounds of its `p`; they become
    /// `p_min_pu` and `p_max_pu` of `p_nom`, which is `capacityMW` when given and positive, else the largest upper
    /// bound (1 when all are zero).
    mutating func addGenerator(_ name: String, carrier: String, marginalCost: Double, capacityMW: Double? = nil, minimumMW: [Double],
                               maximumMW: [Double], consumes: Bool = false, extra: [(String, AttributeValue)] = []) {
        let largest = capacityMW ?? maximumMW.max() ?? 0
        let nominal = largest > 0 ? largest : 1
        var values: [(String, AttributeValue)] = [
            ("bus", .text(bus)), ("carrier", .text(carrier)), ("p_nom", .number(nominal)), ("marginal_cost", .number(marginalCost)),
        ]
        if consumes { values.append(("sign", .number(-1))) }
        values += extra
        generators.add(name, values)
        generators.addHourly("p_min_pu", of: name, minimumMW.map { $0 / nominal })
        generators.addHourly("p_max_pu", of: name, maximumMW.map { $0 / nominal })
    }

    /// Records how a feature is mapped.
    mutating func map(_ resource: String, _ feature: String, _ pypsa: String, extra: Bool = false) {
        self.extra.mappings.append(ExtraRows.Mapping(resource: resource, feature: feature, pypsa: pypsa, extra: extra))
    }

    /// Hours constant at `value`.
    func constant(_ value: Double) -> [Double] { Array(repeating: value, count: source.hours) }

    /// The window's calendar days as block sizes and labels (`d=32` for day 32 of the year), as GridFlex names its
    /// daily rows.
    func days() -> (sizes: [Int], labels: [String]) {
        let days = source.window.blocks(ofHours: 24)
        return (days.map(\.count), days.map { "d=\(source.window.dayOfYear(atOffset: $0.lowerBound) + 1)" })
    }

    /// The window's blocks of `hours` hours of the year as sizes and labels (`b=3`), as GridFlex names its block rows.
    func blocks(ofHours hours: Int) -> (sizes: [Int], labels: [String]) {
        let blocks = source.window.blocks(ofHours: hours)
        return (blocks.map(\.count), blocks.indices.map { "b=\($0 + 1)" })
    }
}
