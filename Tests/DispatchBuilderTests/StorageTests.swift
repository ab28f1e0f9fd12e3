import Analysis
import GridModel
import Testing

@Suite("Storage")
struct StorageTests {
    /// Load 50 then 150 MW; base plant 100 MW at 10 EUR/MWh, peak plant 100 MW at 50 EUR/MWh.
    /// Storage 40 MW, 100 MWh, η_charge 0.9, η_discharge 0.8, cyclic.
    /// Cyclic over two hours: 0.9·charge = discharge/0.8, so discharge = 0.72·charge. Each MWh charged costs 10
    /// and displaces 0.72 MWh at 50 (36): charge the full 40 MW, discharge 28.8 MW.
    /// Hour 1: base 90 → 900. Hour 2: 150 − 28.8 = 121.2 → base 100 (1,000) + peak 21.2 (1,060). Total 2,960.
    /// Prices: 10 in hour 1 (base marginal), 50 in hour 2 (peak marginal).
    @Test("Two-hour arbitrage with efficiency losses")
    func arbitrage() throws {
        let storage = Storage(name: "bat", technology: .battery, chargePowerMW: 40, dischargePowerMW: 40, energyMWh: 100,
                              chargeEfficiency: 0.9, dischargeEfficiency: 0.8)
        let run = try solveAllMethods(smallCase(load: [50, 150], resources: [
            thermal("base", 100, cost: 10), thermal("peak", 100, cost: 50), .storage(storage),
        ]))
        #expect(close(run.result.objective, 2960))
        #expect(close(series(run, "bat", .charge), [40, 0]))
        #expect(close(series(run, "bat", .discharge), [0, 28.8]))
        #expect(close(run.result.priceEURPerMWh, [10, 50]))
        let summary = run.summary.resources.first { $0.name == "bat" }!
        #expect(close(summary.equivalentFullCycles!, 0.288))
    }

    /// Self-discharge 10 %/h, η = 1, cyclic over two hours; load 50 then 150; base 100 MW at 10, peak at 50.
    /// soc₁ = 0.9·soc₂ + charge₁, soc₂ = 0.9·soc₁ − discharge₂. Holding energy across the cycle only decays, so
    /// soc₂ = 0, soc₁ = charge₁ = 50 (the base plant's spare), discharge₂ = 45.
    /// Cost: base 100 in hour 1 (1,000); hour 2 needs 105: base 100 (1,000) + peak 5 (250). Total 2,250.
    @Test("Self-discharge and cyclic state of charge")
    func selfDischargeCyclic() throws {
        let storage = Storage(name: "phs", technology: .pumpedHydro, chargePowerMW: 100, dischargePowerMW: 100, energyMWh: 1000,
                              chargeEfficiency: 1, dischargeEfficiency: 1, selfDischargePerHour: 0.1)
        let run = try solveAllMethods(smallCase(load: [50, 150], resources: [
            thermal("base", 100, cost: 10), thermal("peak", 100, cost: 50), .storage(storage),
        ]))
        #expect(close(run.result.objective, 2250))
        #expect(close(series(run, "phs", .stateOfCharge), [50, 0]))
        #expect(close(series(run, "phs", .discharge), [0, 45]))
    }

    /// A fixed initial state of charge of 50 % (50 MWh of 100) with η = 1 and no end condition: the stored
    /// 50 MWh displace the only plant (50 EUR/MWh) over the two hours of load 100: cost 50·(200 − 50) = 7,500.
    @Test("Initial state of charge instead of cyclic")
    func initialState() throws {
        let storage = Storage(name: "bat", technology: .battery, chargePowerMW: 100, dischargePowerMW: 100, energyMWh: 100,
                              chargeEfficiency: 1, dischargeEfficiency: 1, initialStateOfCharge: 0.5)
        let run = try solveAllMethods(smallCase(load: [100, 100], resources: [thermal("peak", 200, cost: 50), .storage(storage)]))
        #expect(close(run.result.objective, 7500))
        #expect(close(series(run, "bat", .discharge).reduce(0, +) - series(run, "bat", .charge).reduce(0, +), 50))
    }
}
