import Charts
import DispatchBuilder
import GridModel
import Localization

/// The dispatch of some hours as stacked layers: what supplies the load above zero (thermal by technology,
/// hydro, wind, solar, storage discharge, demand response, imports, unserved load), what draws from the grid
/// below zero (charging, shifted-in load, exports, spilled surplus), the wind and solar curtailed on top,
/// and the load as a line; a region of a regional case adds what its links brought in (above) and sent out (below).
/// Above minus below (curtailment aside) equals the load in every hour.
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

    init(case source: Case, result: DispatchResult, links: LinkExchange?, hours: Range<Int>, text: Localizer) {
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
            let color = Palette.color(of: resource), key = Self.layerKey(of: resource)
            for (flow, values) in (result.flows[resource.name] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let slice = Array(values[hours])
                switch flow.role {
                case .supply: add(&supply, key, flow == .generation ? Self.generationLabel(of: resource) : flow.label, color, slice)
                case .consumption: add(&demand, key, flow.label, color, slice)
                case .curtailment: curtailed = zip(curtailed, slice).map { $0 + $1 }
                case .state, .event: break
                }
            }
            if case let .renewable(plant) = resource {
                // Wind and solar supply what was available less what was curtailed (a fixed injection, not a flow).
                let cut = result.flows[resource.name]?[.curtailment].map { Array($0[hours]) } ?? zeros
                add(&supply, key, Palette.label(plant.kind), color, zip(plant.availableMW[hours], cut).map { $0 - $1 })
            }
        }
        if let links {
            add(&supply, "links", "Imports over links", Palette.links, Array(links.receivedMW[hours]))
            add(&demand, "links", "Exports over links", Palette.links, Array(links.sentMW[hours]))
        }
        add(&supply, "unserved", "Unserved load", Palette.unserved, Array(result.unservedMW[hours]))
        add(&demand, "surplus", "Spilled surplus", Palette.surplus, Array(result.surplusMW[hours]))
        add(&supply, "curtailed", "Curtailed wind and solar (not delivered)", Palette.curtailed, curtailed)
        func layers(_ list: [Entry]) -> [AreaLayer] {
            list.filter { entry in entry.values.contains { $0 > CaseReport.negligibleMW } }.map { AreaLayer(name: text.legend($0.label), color: $0.color, values: $0.values) }
        }
        above = layers(supply.sorted { Self.stackOrder($0.key) < Self.stackOrder($1.key) })
        below = layers(demand)
        hasCurtailment = curtailed.contains { $0 > CaseReport.negligibleMW }
    }

    /// Thermal technologies bottom to top within the thermal layer: the steadiest first.
    static let thermalStackOrder: [ThermalPlant.Technology] = [.nuclear, .coal, .chp, .biomass, .gasCCGT, .gasOCGT, .other]

    /// The layer a resource's flows are summed into: its kind's layer (see ``ResourceKind/layer``), thermal plant
    /// split by technology.
    static func layerKey(of resource: Resource) -> String {
        if case let .thermal(plant) = resource { return "thermal.\(plant.technology.rawValue)" }
        return resource.kind.layer.rawValue
    }

    /// The legend of a resource's generation.
    static func generationLabel(of resource: Resource) -> String {
        if case let .thermal(plant) = resource { return Palette.label(plant.technology) }
        return resource.kind == .hydro ? "Hydro" : Flow.generation.label
    }

    /// Bottom-to-top order: the kinds' layers in ``ResourceKind`` order (steady sources first, variable ones above
    /// them, flexibility and imports on top), then imports over links, then unserved load, then curtailment (energy
    /// not delivered) above everything.
    static func stackOrder(_ key: String) -> Int {
        let order = thermalStackOrder.map { "thermal.\($0.rawValue)" } + ResourceKind.allCases.dropFirst().map(\.rawValue) + ["links", "unserved", "curtailed"]
        return order.firstIndex(of: key) ?? order.count
    }
}
