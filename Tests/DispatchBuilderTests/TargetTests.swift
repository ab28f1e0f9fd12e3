import Analysis
import GridModel
import Testing

@Suite("Targets")
struct TargetTests {
    /// Load 100 MW for two hours; wind 80 MW with capacity factors 1 then 0. Thermal 100 MW at 20 EUR/MWh with
    /// linear commitment, minimum stable load 0.5 of online capacity, start-up 30 EUR/MW (hour 1 is free).
    /// Absorbing w MWh of wind in hour 1 leaves thermal 100 − w, online at most 2(100 − w); hour 2 needs 100 online,
    /// so start-ups are max(0, 2w − 100). Cost: 20(100 − w) + 2,000 + 30·max(0, 2w − 100):
    /// falls until w = 50, then rises by 40 per MWh. Without a target w = 50: curtailment 30, cost 3,000.
    /// With utilisation ≥ 0.9 (curtailment ≤ 8): w = 72, cost 1,000 + 40·72 = 3,880; one more point of
    /// utilisation is 0.8 MWh at 40 → shadow price 32 EUR/pp.
    @Test("A utilisation target raises cost and lowers curtailment, with its shadow price")
    func utilisationTarget() throws {
        let fleet: [Resource] = [wind(80, cf: [1, 0]), thermal("coal", 100, cost: 20, minLoad: 0.5, commitment: true, startup: 30)]
        let free = try solveAllMethods(smallCase(load: [100, 100], resources: fleet))
        #expect(close(free.result.objective, 3000))
        #expect(close(free.summary.kpis.curtailmentMWh, 30))

        let target = Target(id: "re_utilisation", requirement: .renewableUtilisation(minimum: 0.9, resources: []))
        let bound = try solveAllMethods(smallCase(load: [100, 100], resources: fleet, targets: [target]))
        #expect(close(bound.result.objective, 3880))
        #expect(close(bound.summary.kpis.curtailmentMWh, 8))
        let compliance = bound.summary.targets[0]
        #expect(compliance.met && compliance.binding)
        #expect(close(compliance.achieved, 0.9))
        #expect(close(compliance.shadowPrice!, 32))
        #expect(bound.model.program.rowNames.contains("target[re_utilisation]"))
    }

    /// Wind 200 MW available in hour 1 only, load 100 MW per hour, no storage: at most 100 of 200 MWh can be
    /// absorbed (utilisation 0.5). A 0.9 target is missed by 180 − 100 = 80 MWh, and the result says so.
    @Test("An unreachable target is named in the result with its shortfall")
    func unreachableTarget() throws {
        let target = Target(id: "re_utilisation", requirement: .renewableUtilisation(minimum: 0.9, resources: ["wind"]))
        let run = try solveAllMethods(smallCase(load: [100, 100], resources: [wind(200, cf: [1, 0]), thermal("coal", 200, cost: 20)],
                                                targets: [target]))
        let compliance = run.summary.targets[0]
        #expect(compliance.id == "re_utilisation")
        #expect(!compliance.met)
        #expect(close(compliance.achieved, 0.5))
        #expect(close(compliance.shortfall, 80))
        #expect(compliance.shortfallUnit == "MWh")
        #expect(run.summary.status == "optimal")
    }

    /// Two plants: clean at 30 EUR/MWh (0 t/MWh) and coal at 10 EUR/MWh (1 t/MWh), load 100 for one hour.
    /// A 40 t cap forces 60 MWh onto the clean plant: cost 40·10 + 60·30 = 2,200; each tonne less costs 20.
    @Test("CO2 cap with its shadow price")
    func co2Cap() throws {
        let target = Target(id: "co2", requirement: .co2Cap(maxTonnes: 40))
        let run = try solveAllMethods(smallCase(load: [100], resources: [thermal("coal", 100, cost: 10, co2: 1), thermal("clean", 100, cost: 30)],
                                                targets: [target]))
        #expect(close(run.result.objective, 2200))
        #expect(close(run.summary.targets[0].shadowPrice!, 20))
        #expect(close(run.summary.kpis.co2T, 40))
    }

    /// Wind 50 MW at capacity factor 1, load 100 MW: share 0.5. A 0.6 share needs 10 MWh more than the fleet
    /// has; the result names the shortfall.
    @Test("An unreachable non-hydro share is missed by the hand-worked amount")
    func shareMissed() throws {
        let share = Target(id: "share", requirement: .nonHydroRenewableShare(minimum: 0.6))
        let run = try solveAllMethods(smallCase(load: [100], resources: [wind(50, cf: [1]), thermal("coal", 100, cost: 10)],
                                                targets: [share]))
        let shareResult = run.summary.targets[0]
        #expect(!shareResult.met && close(shareResult.achieved, 0.5) && close(shareResult.shortfall, 10))
    }

    /// The CO2 cap of the test above over two days (40 t an hour): the same price, and the row over the window
    /// adds two day sums (each its own row) instead of one entry per hour.
    @Test("A row over the whole window is summed a day at a time")
    func windowRowByDay() throws {
        let target = Target(id: "co2", requirement: .co2Cap(maxTonnes: 40 * 48))
        let run = try solveAllMethods(smallCase(load: Array(repeating: 100, count: 48),
                                                resources: [thermal("coal", 100, cost: 10, co2: 1), thermal("clean", 100, cost: 30)],
                                                targets: [target]))
        #expect(close(run.result.objective, 48 * 2200))
        #expect(close(run.summary.targets[0].shadowPrice!, 20))
        let program = run.model.program
        let row = try #require(program.rowNames.firstIndex(of: "target[co2]"))
        #expect(program.entryRows.filter { $0 == row }.count == 3)  // two days and the shortfall
        #expect(program.rowNames.contains("daily_sum[co2,d=2]") && program.columnNames.contains("daily[co2,d=2]"))
    }
}
