import Charts
import DispatchBuilder
import GridModel

/// The dispatch of some hours as stacked layers: what supplies the load above zero (thermal by technology,
/// hydro, wind, solar, storage discharge, demand response, imports, unserved load), what draws from the grid
/// below zero (charging, shifted-in load, exports, spilled surplus), the wind and solar curtailed on top,
/// and the load as a line. Above minus below (curtailment aside) equals the load in every hour.
struct DispatchLayers {
    /// One layer being summed over the resources of its kind.
    private struct Entry {
        let key: String
        let label: String
        let color: String
        var values: [Double]
    }

    private(set) var above: [AreaLayer] = []
    private(set) var below: [AreaLayer] = []
    /// Load, MW.
    let load: [Double]
    /// Whether the hours hold curtailed wind or solar (the top layer).
    let hasCurtailment: Bool

    init(case source: Case, result: DispatchResult, hours: Range<Int>) {
        load = Array(source.loadMW[hours])
        let zeros = [Double](repeating: 0, count: hours.count)
        var supply: [Entry] = [], demand: [Entry] = []
        var curtailed = zeros
        func add(_ list: inout [Entry], _ key: String, _ label: String, _ color: String, _ values: [Double]) {
            if let index = list.firstIndex(where: { $0.key == key }) {
                list[index].values = zip(list[index].values, values).map { $0 + $1 }
            } else {
                list.append(Entry(key: key, label: label, color: color, values: values))
            }
        }
        for resource in source.resources {
            let flows = result.flows[resource.name] ?? [:]
            func series(_ flow: Flow) -> [Double] { flows[flow].map { Array($0[hours]) } ?? zeros }
            let color = Palette.color(of: resource)
            switch resource {
            case let .thermal(plant):
                add(&supply, "thermal.\(plant.technology.rawValue)", Palette.label(plant.technology), color, series(.generation))
            case .hydro:
                add(&supply, "hydro", "Hydro", color, series(.generation))
            case let .renewable(plant):
                let available = Array(plant.availableMW[hours]), cut = series(.curtailment)
                add(&supply, "renewable.\(plant.kind.rawValue)", Palette.label(plant.kind), color, zip(available, cut).map { $0 - $1 })
                curtailed = zip(curtailed, cut).map { $0 + $1 }
            case .storage:
                add(&supply, "storage", "Storage discharge", color, series(.discharge))
                add(&demand, "storage", "Storage charging", color, series(.charge))
            case .curtailableLoad:
                add(&supply, "dr", "Demand response", color, series(.reduction))
            case .shiftableLoad:
                add(&supply, "dr", "Demand response", color, series(.shiftDown))
                add(&demand, "dr", "Shifted-in load", color, series(.shiftUp))
            case .interconnector:
                add(&supply, "interconnector", "Imports", color, series(.imports))
                add(&demand, "interconnector", "Exports", color, series(.exports))
            }
        }
        add(&supply, "unserved", "Unserved load", Palette.unserved, Array(result.unservedMW[hours]))
        add(&demand, "surplus", "Spilled surplus", Palette.surplus, Array(result.surplusMW[hours]))
        add(&supply, "curtailed", "Curtailed wind and solar (not delivered)", Palette.curtailed, curtailed)
        func layers(_ list: [Entry]) -> [AreaLayer] {
            list.filter { entry in entry.values.contains { $0 > CaseReport.negligibleMW } }.map { AreaLayer(name: $0.label, color: $0.color, values: $0.values) }
        }
        above = layers(supply.sorted { Self.stackOrder($0.key) < Self.stackOrder($1.key) })
        below = layers(demand)
        hasCurtailment = curtailed.contains { $0 > CaseReport.negligibleMW }
    }

    /// Bottom-to-top order: steady sources first, variable ones above them, flexibility and imports on top,
    /// then unserved load, then curtailment (energy not delivered) above everything.
    static func stackOrder(_ key: String) -> Int {
        let order = ["thermal.nuclear", "thermal.coal", "thermal.chp", "thermal.biomass", "thermal.gas_ccgt", "thermal.gas_ocgt", "thermal.other",
                     "hydro", "renewable.onwind", "renewable.offwind", "renewable.solar", "storage", "dr", "interconnector", "unserved", "curtailed"]
        return order.firstIndex(of: key) ?? order.count
    }
}
