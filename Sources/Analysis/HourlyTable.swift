import DispatchBuilder
import GridModel

/// The hourly file (`hourly.csv`): one row per hour with load, every resource's flows, each storage's state
/// of charge, curtailment by kind and the marginal price.
public struct HourlyTable: Sendable {
    /// Column names, with units.
    public private(set) var header: [String] = []
    /// Column values, one array per column, one value per hour.
    public private(set) var columns: [[Double]] = []

    /// Lays out a solved case hour by hour.
    public init(case source: Case, result: DispatchResult) {
        let hours = source.hours
        add("hour", (0..<hours).map { Double(source.window.first + $0) })
        add("load_mw", source.loadMW)
        add("price_eur_per_mwh", result.priceEURPerMWh)
        add("unserved_mw", result.unservedMW)
        add("surplus_mw", result.surplusMW)
        var curtailmentByKind: [VariableRenewable.Kind: [Double]] = [:]
        for resource in source.resources {
            let flows = result.flows[resource.name] ?? [:]
            let name = resource.name
            switch resource {
            case let .renewable(plant):
                let curtailed = flows[.curtailment] ?? []
                let available = plant.availableMW
                add("\(name)_available_mw", available)
                add("\(name)_absorbed_mw", zip(available, curtailed).map { $0 - $1 })
                add("\(name)_curtailment_mw", curtailed)
                curtailmentByKind[plant.kind] = zip(curtailmentByKind[plant.kind] ?? Array(repeating: 0, count: hours), curtailed).map { $0 + $1 }
            default:
                for (flow, values) in flows.sorted(by: { $0.key < $1.key }) where flow.role != .event {
                    add("\(name)_\(flow.rawValue)_\(flow.unitSuffix)", values)
                }
            }
        }
        for kind in VariableRenewable.Kind.allCases {
            if let series = curtailmentByKind[kind] { add("curtailment_\(kind.rawValue)_mw", series) }
        }
    }

    private mutating func add(_ name: String, _ values: [Double]) {
        header.append(name)
        columns.append(values)
    }

    /// The table as CSV text (header row, then one row per hour; shortest round-trip number format).
    public func csv() -> String {
        var text = header.joined(separator: ",") + "\n"
        let hours = columns.first?.count ?? 0
        text.reserveCapacity(hours * header.count * 10)
        for t in 0..<hours {
            text += columns.map { Self.format($0[t]) }.joined(separator: ",")
            text += "\n"
        }
        return text
    }

    static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
