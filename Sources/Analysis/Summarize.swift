import DispatchBuilder
import GridModel
import LinearProgramming

/// Turns a solved dispatch into the numbers a planner reads.
public enum Summarize {
    /// The summary of a solved case.
    public static func summary(of source: Case, result: DispatchResult, solver: SolverFacts) -> CaseSummary {
        let aggregates = HourlyAggregates(case: source, result: result)
        let resources = source.resources.map { resourceSummary($0, flows: result.flows[$0.name] ?? [:], case: source) }
        return CaseSummary(
            caseName: source.name, region: source.region, window: source.window.description, hours: source.hours,
            status: result.status.rawValue, objective: result.objective,
            kpis: kpis(of: source, result: result, aggregates: aggregates),
            resources: resources,
            capacities: ResourceCapacity.of(source),
            curtailment: curtailment(of: source, result: result),
            targets: Compliance.evaluate(case: source, result: result),
            adequacy: AdequacySummary(case: source, result: result),
            marginalValues: result.marginalValues.filter { !isEmptyStoragePower($0, in: source) },
            solver: solver, assumptions: source.assumptions, dataNotes: source.dataNotes)
    }

    /// A storage's power value when it has no energy (a 0 MW battery) is the mean price × hours, not a value of power.
    static func isEmptyStoragePower(_ value: MarginalValue, in source: Case) -> Bool {
        guard value.quantity == "power_mw", case let .storage(unit)? = source.resources.first(where: { $0.name == value.resource }) else { return false }
        return unit.energyMWh <= 0
    }

    static func kpis(of source: Case, result: DispatchResult, aggregates: HourlyAggregates) -> KPIs {
        let load = source.loadMW
        let available = aggregates.renewableAvailableMW.reduce(0, +)
        let absorbed = aggregates.renewableAbsorbedMW.reduce(0, +)
        let curves = LoadCurves(case: source, aggregates: aggregates)
        let loadEnergy = source.loadEnergyMWh
        let penalty = penaltyEUR(of: source, result: result)
        return KPIs(
            loadMWh: loadEnergy,
            renewableAvailableMWh: available,
            curtailmentMWh: available - absorbed,
            renewableUtilisation: available > 0 ? absorbed / available : 1,
            nonHydroRenewableShare: loadEnergy > 0 ? aggregates.nonHydroRenewableMW.reduce(0, +) / loadEnergy : 0,
            unservedMWh: result.unservedMW.reduce(0, +),
            unservedHours: ActivityTolerance.hours(result.unservedMW, capacityMW: load.max() ?? 0),
            surplusMWh: result.surplusMW.reduce(0, +),
            peakLoadMW: load.max() ?? 0,
            peakLoadAfterFlexMW: curves.loadAfterFlexibilityMW.max() ?? 0,
            peakNetLoadMW: curves.netLoadMW.max() ?? 0,
            peakNetLoadAfterFlexMW: curves.netLoadAfterFlexibilityMW.max() ?? 0,
            co2T: aggregates.co2T.reduce(0, +),
            meanPriceEURPerMWh: result.priceEURPerMWh.isEmpty ? 0 : result.priceEURPerMWh.reduce(0, +) / Double(result.priceEURPerMWh.count),
            targetPenaltyEUR: penalty, operatingCostEUR: result.objective - penalty)
    }

    /// Penalties in the objective: each target's shortfall × its penalty and the adequacy shortfall × its penalty,
    /// EUR (round-off included: this is what the objective holds).
    public static func penaltyEUR(of source: Case, result: DispatchResult) -> Double {
        result.targets.reduce(0) { $0 + $1.shortfall * source.penaltyEURPerUnit(of: $1.target) }
            + (result.adequacy.map { $0.shortfallMWh * (source.adequacy?.shortfallPenaltyEURPerMWh ?? 0) } ?? 0)
    }

    static func curtailment(of source: Case, result: DispatchResult) -> [CurtailmentSummary] {
        VariableRenewable.Kind.allCases.compactMap { kind in
            var available = 0.0, curtailed = 0.0
            for case let .renewable(plant) in source.resources where plant.kind == kind {
                available += plant.availableMW.reduce(0, +)
                curtailed += result.values(.curtailment, of: plant.name).reduce(0, +)
            }
            guard available > 0 || source.resources.contains(where: { $0.kindName == kind.rawValue }) else { return nil }
            return CurtailmentSummary(kind: kind.rawValue, availableMWh: available, curtailedMWh: curtailed,
                                      share: available > 0 ? curtailed / available : 0)
        }
    }

    /// Energy supplied, consumed and curtailed come from the resource's flows by role; costs from its kind's prices.
    static func resourceSummary(_ resource: Resource, flows: [Flow: [Double]], case source: Case) -> ResourceSummary {
        func total(_ role: Flow.Role) -> Double {
            flows.filter { $0.key.role == role }.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value.reduce(0, +) }
        }
        let supplied = total(.supply), curtailed = total(.curtailment)
        var summary = ResourceSummary(name: resource.name, kind: resource.kindName, energyMWh: supplied, consumedMWh: total(.consumption), costEUR: 0)
        switch resource {
        case let .thermal(plant):
            summary.costEUR = summary.energyMWh * (plant.marginalCostEURPerMWh + plant.co2TonnesPerMWh * source.co2PriceEURPerTonne)
                + (flows[.startup] ?? []).reduce(0, +) * plant.startupCostEURPerMW
        case let .hydro(plant):
            summary.costEUR = summary.energyMWh * plant.vomEURPerMWh
        case let .renewable(plant):
            let available = plant.availableMW.reduce(0, +)
            summary.curtailmentMWh = curtailed
            summary.energyMWh = available - curtailed
            summary.curtailmentShare = available > 0 ? curtailed / available : 0
            summary.costEUR = summary.energyMWh * plant.vomEURPerMWh
        case let .storage(unit):
            let charge = flows[.charge] ?? [], discharge = flows[.discharge] ?? []
            // Only net discharge counts toward cycles: an hour that charges and discharges at once (an interior-point
            // solution on a degenerate face) moves no energy through the store beyond the difference.
            let netDischarge = zip(charge, discharge).reduce(0) { $0 + max(0, $1.1 - $1.0) }
            summary.equivalentFullCycles = unit.energyMWh > 0 ? netDischarge / unit.energyMWh : 0
            summary.simultaneousHours = zip(charge, discharge).filter {
                ActivityTolerance.isActive($0, capacityMW: unit.chargePowerMW) && ActivityTolerance.isActive($1, capacityMW: unit.dischargePowerMW)
            }.count
            summary.costEUR = summary.energyMWh * unit.vomEURPerMWh
        case let .curtailableLoad(load):
            summary.hoursCalled = ActivityTolerance.hours(flows[.reduction] ?? [], capacityMW: load.capacityMW)
            summary.costEUR = summary.energyMWh * load.costEURPerMWh
        case let .shiftableLoad(load):
            summary.hoursCalled = ActivityTolerance.hours(flows[.shiftDown] ?? [], capacityMW: load.downMW)
            summary.costEUR = summary.energyMWh * load.costEURPerMWh
        case let .interconnector(link):
            summary.costEUR = summary.energyMWh * link.importPriceEURPerMWh - summary.consumedMWh * link.exportPriceEURPerMWh
        }
        return summary
    }
}
