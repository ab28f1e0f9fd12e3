import Analysis
import DispatchBuilder
import GridModel
import LinearProgramming
import Solving
import Testing

/// Two regions of two hours, 100 MW of load each, joined by a lossless 500 MW link: AA has 1,000 MW of coal at
/// 10 EUR/MWh, BB 1,000 MW of biomass at 30 EUR/MWh (biomass counts toward the non-hydro renewable share).
private func pair(targets: [GroupTarget]) -> RegionalCase {
    let biomass = Resource.thermal(ThermalPlant(name: "biomass", technology: .biomass, capacityMW: 1000, marginalCostEURPerMWh: 30))
    return RegionalCase(name: "pair", regions: [
        Case(name: "a", region: "AA", window: HourWindow(first: 1, last: 2)!, loadMW: [100, 100], resources: [thermal("coal", 1000, cost: 10)]),
        Case(name: "b", region: "BB", window: HourWindow(first: 1, last: 2)!, loadMW: [100, 100], resources: [biomass]),
    ], links: [Link(from: "AA", to: "BB", forwardCapacityMW: 500)], targets: targets)
}

private func share(_ minimum: Double, over regions: [String], id: String = "south_share") -> GroupTarget {
    GroupTarget(target: Target(id: id, requirement: .nonHydroRenewableShare(minimum: minimum)), regions: regions)
}

@Suite("Targets over a group of regions")
struct GroupTargetTests {
    @Test("Without a target the coal serves both regions")
    func noTarget() throws {
        // 200 MW of coal an hour at 10 EUR/MWh over 2 hours: 4,000 EUR; BB imports all its 100 MW.
        let run = try RegionalRun(case: pair(targets: []), method: .simplex)
        #expect(close(run.result.objective, 4_000))
        #expect(close(run.result.links[0].forwardMW, [100, 100]))
        #expect(run.summary.groupTargets.isEmpty)
    }

    @Test("A binding group share moves generation to biomass: objective, share and shadow price by hand")
    func bindingGroupShare() throws {
        // Group {AA, BB}: biomass ≥ 0.3 × 400 MWh = 120 MWh over the window (the link between them counts nothing; how
        // the 120 MWh split between the hours is free). Coal makes the other 280 MWh, 80 of them sent to BB:
        // 280 × 10 + 120 × 30 = 6,400 EUR. Share 120 / 400 = 0.3, met.
        // Each MWh of the row costs 30 − 10 = 20 EUR (biomass instead of coal), so one percentage point, 4 MWh, costs 80 EUR.
        let run = try RegionalRun(case: pair(targets: [share(0.3, over: ["AA", "BB"])]), method: .simplex)
        #expect(close(run.result.objective, 6_400))
        #expect(close(series(run.regions[1], "biomass", .generation).reduce(0, +), 120))
        #expect(close(run.result.links[0].forwardMW.reduce(0, +), 80))
        let group = try #require(run.summary.groupTargets.first)
        #expect(group.regions == ["AA", "BB"])
        #expect(close(group.target.achieved, 0.3) && close(group.target.required, 0.3))
        #expect(group.target.met && group.target.binding)
        #expect(close(group.target.shadowPrice ?? 0, 80))
        #expect(run.model.program.rowNames.contains("target[south_share]"))
        #expect(run.model.program.columnNames.contains("shortfall[south_share]"))
    }

    @Test("Imports into the group count nothing: a share over BB alone needs BB's own biomass")
    func importsCountNothing() throws {
        // Group {BB}: biomass ≥ 0.3 × 100 = 30 MW an hour; the coal BB imports from AA does not count. Coal 170 MW:
        // 2 × (170 × 10 + 30 × 30) = 5,200 EUR. The same share over {AA} cannot be met (AA has no renewables): its
        // shortfall is 0.3 × 200 = 60 MWh at the 100,000 EUR default penalty, the dispatch stays the 4,000 EUR one.
        let alone = try RegionalRun(case: pair(targets: [share(0.3, over: ["BB"])]), method: .simplex)
        #expect(close(alone.result.objective, 5_200))
        #expect(close(alone.summary.groupTargets[0].target.achieved, 0.3))
        let missed = try RegionalRun(case: pair(targets: [share(0.3, over: ["AA"])]), method: .simplex)
        #expect(close(missed.result.objective, 4_000 + 60 * 100_000))
        let target = missed.summary.groupTargets[0].target
        #expect(!target.met && close(target.achieved, 0) && close(target.shortfall, 60))
    }

    @Test("A CO2 cap over the group: the cap is the group's, not each member's")
    func groupCap() throws {
        // Coal at 0.9 t/MWh, cap 270 t over the group and the window: at most 300 MWh of coal, so biomass makes the other
        // 100 of the 400 MWh: 300 × 10 + 100 × 30 = 6,000 EUR; CO2 270 t, met; a tonne less costs 20 / 0.9 EUR.
        var source = pair(targets: [GroupTarget(target: Target(id: "cap", requirement: .co2Cap(maxTonnes: 270)), regions: ["AA", "BB"])])
        source.regions[0].resources = [thermal("coal", 1000, cost: 10, co2: 0.9)]
        let run = try RegionalRun(case: source, method: .simplex)
        #expect(close(run.result.objective, 6_000))
        let target = run.summary.groupTargets[0].target
        #expect(target.met && close(target.achieved, 270))
        #expect(close(target.shadowPrice ?? 0, 20 / 0.9))
    }
}

extension GroupTargetTests {
    /// The pair over two weeks (336 h, loads constant) with `targets`; coal at 0.9 t/MWh.
    private func fortnight(targets: [GroupTarget]) -> RegionalCase {
        var source = pair(targets: targets)
        for index in source.regions.indices {
            source.regions[index].window = HourWindow(first: 1, last: 336)!
            source.regions[index].loadMW = Array(repeating: 100, count: 336)
        }
        source.regions[0].resources = [thermal("coal", 1000, cost: 10, co2: 0.9)]
        return source
    }

    /// `source` over `window`, as `--hours` would cut it (the loads are constant).
    private func cut(_ source: RegionalCase, to window: HourWindow) -> RegionalCase {
        var cut = source
        for index in cut.regions.indices {
            cut.regions[index].window = window
            cut.regions[index].loadMW = Array(repeating: 100, count: window.count)
        }
        return cut
    }

    @Test("Week by week, a group share is a row in every week judged over the year, and a group cap is handed on")
    func decomposed() throws {
        // Share ≥ 0.3: biomass 60 of every 200 MWh, as in the two-hour case: 336 × (140 × 10 + 60 × 30) = 1,075,200 EUR.
        // Cap 0.9 × 150 × 336 = 45,360 t: coal at most 150 MW on average, biomass the other 50:
        // 336 × (150 × 10 + 50 × 30) = 1,008,000 EUR, the first week getting half the cap and the second what is left.
        let capped = GroupTarget(target: Target(id: "cap", requirement: .co2Cap(maxTonnes: 45_360)), regions: ["AA", "BB"])
        for (targets, cost) in [([share(0.3, over: ["AA", "BB"])], 1_075_200.0), ([capped], 1_008_000)] {
            let source = fortnight(targets: targets)
            let run = try RegionalDecomposition.solve(source, method: .simplex, readSeconds: 0, windowCase: { cut(source, to: $0) })
            #expect(close(run.result.objective, cost))
            let target = try #require(run.summary.groupTargets.first?.target)
            #expect(target.met && close(target.shortfall, 0))
            #expect(close(target.achieved, targets[0].target.requiredValue))
        }
    }
}
