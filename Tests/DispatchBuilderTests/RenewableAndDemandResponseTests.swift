import Analysis
import GridModel
import Testing

@Suite("Curtailment and demand response")
struct RenewableAndDemandResponseTests {
    /// Load 100 MW for 3 hours; wind 300 MW with capacity factors 0.5, 0.2, 0.1 → 150, 60, 30 MW available.
    /// Storage 30 MW / 20 MWh, η = 1, empty at the start. Thermal at 20 EUR/MWh fills the rest.
    /// Hour 1 has 50 MW more than load; the storage can take only its 20 MWh of headroom, so exactly 30 MW is
    /// curtailed in hour 1 and none later. Thermal: hour 2 40 − 20 discharged, hour 3 70: 90 MWh → 1,800.
    @Test("Curtailment exactly when availability exceeds load plus storage headroom")
    func curtailmentWithHeadroom() throws {
        let storage = Storage(name: "bat", technology: .battery, chargePowerMW: 30, dischargePowerMW: 30, energyMWh: 20,
                              chargeEfficiency: 1, dischargeEfficiency: 1, initialStateOfCharge: 0)
        let run = try solveAllMethods(smallCase(load: [100, 100, 100], resources: [
            wind(300, cf: [0.5, 0.2, 0.1]), thermal("coal", 200, cost: 20), .storage(storage),
        ]))
        #expect(close(series(run, "wind", .curtailment), [30, 0, 0]))
        #expect(close(run.result.objective, 1800))
        #expect(close(run.summary.kpis.curtailmentMWh, 30))
        #expect(close(run.summary.kpis.renewableUtilisation, 210.0 / 240.0))
        #expect(close(run.summary.curtailment.first { $0.kind == "onwind" }!.share, 30.0 / 240.0))
    }

    /// Load 100, 100, 130 MW; thermal 115 MW at 20; curtailable load 13 MW (10 % of the 130 MW peak) at 100 EUR/MWh.
    /// Hour 3 lacks 15 MW: DR gives its full 13 MW, 2 MW go unserved at 10,000 EUR/MWh.
    /// Cost: thermal (100 + 100 + 115)·20 = 6,300; DR 13·100 = 1,300; unserved 2·10,000 = 20,000. Total 27,600.
    /// Peak load after flexibility: 130 − 13 = 117 MW.
    @Test("Demand response shaves the peak hour up to its cap")
    func demandResponseShavesPeak() throws {
        let dr = CurtailableLoad(name: "dr", capacityMW: 13, costEURPerMWh: 100)
        let run = try solveAllMethods(smallCase(load: [100, 100, 130], resources: [thermal("coal", 115, cost: 20), .curtailableLoad(dr)]))
        #expect(close(series(run, "dr", .reduction), [0, 0, 13]))
        #expect(close(run.result.unservedMW, [0, 0, 2]))
        #expect(close(run.result.objective, 27_600))
        #expect(close(run.summary.kpis.peakLoadAfterFlexMW, 117))
        #expect(run.summary.resources.first { $0.name == "dr" }!.hoursCalled == 1)
    }

    /// Same, with a daily energy limit of 5 MWh: DR gives 5 MW, 10 MW go unserved.
    /// Cost 6,300 + 5·100 + 10·10,000 = 106,800.
    @Test("Demand response daily energy limit")
    func demandResponseDailyLimit() throws {
        let dr = CurtailableLoad(name: "dr", capacityMW: 13, costEURPerMWh: 100, maxEnergyPerDayMWh: 5)
        let run = try solveAllMethods(smallCase(load: [100, 100, 130], resources: [thermal("coal", 115, cost: 20), .curtailableLoad(dr)]))
        #expect(close(run.result.objective, 106_800))
    }

    /// Shiftable load 20 MW up/down at 1 EUR/MWh shifted; load 80 then 120; base 100 MW at 10, peak 100 MW at 50.
    /// Moving 20 MWh from hour 2 to hour 1 saves 20·(50 − 10) and costs 20: cost = 10·100 + 10·100 + 20 = 2,020.
    @Test("Shiftable load moves energy within its window")
    func shiftableLoad() throws {
        let shift = ShiftableLoad(name: "shift", upMW: 20, downMW: 20, windowHours: 24, costEURPerMWh: 1)
        let run = try solveAllMethods(smallCase(load: [80, 120], resources: [
            thermal("base", 100, cost: 10), thermal("peak", 100, cost: 50), .shiftableLoad(shift),
        ]))
        #expect(close(run.result.objective, 2020))
        #expect(close(series(run, "shift", .shiftUp), [20, 0]))
        #expect(close(series(run, "shift", .shiftDown), [0, 20]))
    }

    /// Imports up to 30 MW at 15 EUR/MWh with half of it renewable; load 100 for one hour; thermal at 20.
    /// Import 30 (450) + thermal 70 (1,400) = 1,850. Non-hydro renewable share = 0.5·30/100 = 0.15.
    @Test("Interconnector imports and their renewable share")
    func interconnector() throws {
        let link = Interconnector(name: "link", minImportMW: [0], maxImportMW: [30], minExportMW: [0], maxExportMW: [0],
                                  importPriceEURPerMWh: 15, renewableShare: 0.5)
        let run = try solveAllMethods(smallCase(load: [100], resources: [thermal("coal", 200, cost: 20), .interconnector(link)]))
        #expect(close(run.result.objective, 1850))
        #expect(close(run.summary.kpis.nonHydroRenewableShare, 0.15))
    }

    /// Hydro 100 MW with availability 0.2 and 0.8 and a daily budget: the day's 100 MWh can go to the
    /// expensive hour. Load 60 then 100; thermal at 10 (100 MW) and peak at 50. Run of river would leave
    /// hour 2 with 20 MW from peak; with the budget hydro gives 100 in hour 2 → only base: cost 10·60 = 600.
    @Test("Hydro daily energy budget reshapes output within the day")
    func hydroBudget() throws {
        let hydro = HydroPlant(name: "hydro", capacityMW: 100, availability: [0.2, 0.8], dailyEnergyBudget: true)
        let run = try solveAllMethods(smallCase(load: [60, 100], resources: [
            thermal("base", 100, cost: 10), thermal("peak", 100, cost: 50), .hydro(hydro),
        ]))
        #expect(close(run.result.objective, 600))
        #expect(close(series(run, "hydro", .generation), [0, 100]))
    }

    /// Ramp limit 0.2 per hour on a 100 MW plant at 10; load 20 then 80; peak plant at 50 covers the rest:
    /// base can rise only 20 MW (20 → 40), peak gives 40. Cost 10·20 + 10·40 + 50·40 = 2,600.
    @Test("Thermal ramp limit")
    func ramp() throws {
        let run = try solveAllMethods(smallCase(load: [20, 80], resources: [thermal("base", 100, cost: 10, ramp: 0.2), thermal("peak", 100, cost: 50)]))
        #expect(close(run.result.objective, 2600))
    }
}
