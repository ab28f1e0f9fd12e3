import DispatchBuilder
import GridModel

/// Hour-by-hour sums across resources that the KPIs, the hourly file and the report share.
public struct HourlyAggregates: Sendable {
    /// Wind and solar available, MW.
    public var renewableAvailableMW: [Double]
    /// Wind and solar absorbed, MW.
    public var renewableAbsorbedMW: [Double]
    /// Storage discharge − charge, MW.
    public var storageNetMW: [Double]
    /// Demand response: reduction + shifted down − shifted up, MW.
    public var demandResponseNetMW: [Double]
    /// Non-hydro renewable energy counted toward the share target (wind, solar, biomass, imports' share), MW.
    public var nonHydroRenewableMW: [Double]
    /// CO2 emitted, t per hour.
    public var co2T: [Double]

    /// Sums the dispatch of a case hour by hour.
    public init(case source: Case, result: DispatchResult) {
        let hours = source.hours
        let zeros = [Double](repeating: 0, count: hours)
        (renewableAvailableMW, renewableAbsorbedMW, storageNetMW, demandResponseNetMW, nonHydroRenewableMW, co2T) =
            (zeros, zeros, zeros, zeros, zeros, zeros)
        for resource in source.resources {
            let flows = result.flows[resource.name] ?? [:]
            func series(_ flow: Flow) -> [Double] { flows[flow] ?? zeros }
            /// Σ supplying flows − Σ consuming flows, MW.
            func net() -> [Double] {
                flows.sorted { $0.key < $1.key }.reduce(zeros) { total, entry in
                    switch entry.key.role {
                    case .supply: return zip(total, entry.value).map { $0 + $1 }
                    case .consumption: return zip(total, entry.value).map { $0 - $1 }
                    case .state, .curtailment, .event: return total
                    }
                }
            }
            switch resource {
            case let .renewable(plant):
                let curtailed = series(.curtailment)
                for t in 0..<hours {
                    let available = plant.capacityFactor[t] * plant.capacityMW
                    renewableAvailableMW[t] += available
                    renewableAbsorbedMW[t] += available - curtailed[t]
                    nonHydroRenewableMW[t] += available - curtailed[t]
                }
            case let .thermal(plant):
                let generation = series(.generation)
                for t in 0..<hours {
                    co2T[t] += plant.co2TonnesPerMWh * generation[t]
                    if plant.technology == .biomass { nonHydroRenewableMW[t] += generation[t] }
                }
            case .storage:
                storageNetMW = zip(storageNetMW, net()).map { $0 + $1 }
            case .curtailableLoad, .shiftableLoad:
                demandResponseNetMW = zip(demandResponseNetMW, net()).map { $0 + $1 }
            case let .interconnector(link):
                let imports = series(.imports)
                for t in 0..<hours { nonHydroRenewableMW[t] += link.renewableShare * imports[t] }
            case .hydro:
                break
            }
        }
    }
}
