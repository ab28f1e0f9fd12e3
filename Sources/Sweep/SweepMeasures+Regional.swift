import Analysis
import Solving

extension SweepMeasures {
    /// The headline measures of a whole regional system: energies, CO2, costs and penalties summed over the regions
    /// (the operating cost with the links' wheeling, the penalties with the group targets'); renewable utilisation and
    /// the non-hydro share as the regions' totals over each other (absorbed ÷ available wind and solar; non-hydro
    /// renewable energy ÷ load); the peak net load after flexibility as the highest hour of the regions' net loads
    /// added hour by hour (the coincident peak).
    init(regional run: RegionalRun) {
        let kpis = run.summary.regions.map(\.kpis)
        func total(_ value: (KPIs) -> Double) -> Double { kpis.reduce(0) { $0 + value($1) } }
        let available = total(\.renewableAvailableMWh), load = total(\.loadMWh)
        curtailmentMWh = total(\.curtailmentMWh)
        renewableUtilisation = available > 0 ? (available - curtailmentMWh) / available : 1
        unservedMWh = total(\.unservedMWh)
        nonHydroRenewableShare = load > 0 ? total { $0.nonHydroRenewableShare * $0.loadMWh } / load : 0
        co2T = total(\.co2T)
        let hourly = run.regions.map { region in
            LoadCurves(case: region.model.source, aggregates: HourlyAggregates(case: region.model.source, result: region.result)).netLoadAfterFlexibilityMW
        }
        let coincident = hourly.first.map { first in first.indices.map { t in hourly.reduce(0) { $0 + $1[t] } } } ?? []
        peakNetLoadAfterFlexMW = coincident.max() ?? 0
        operatingCostEUR = run.operatingCostEUR
        targetPenaltyEUR = total(\.targetPenaltyEUR) + run.groupTargetPenaltyEUR
    }
}
