import DispatchBuilder
import GridModel
import LinearProgramming
import Solving
import Testing

/// Two regions over two weeks (336 h): AA's load 100 + 50·sin-like steps, BB's 80; AA's plant at 10 EUR/MWh, BB's at
/// 50; a 60 MW link with loss 0.1 and wheeling 2 EUR/MWh.
private func fortnight(storage: Storage? = nil) -> RegionalCase {
    let window = HourWindow(first: 1, last: 336)!
    let loadA = (0..<336).map { 100 + Double($0 % 24 < 12 ? 50 : 0) }
    let aa = Case(name: "a", region: "AA", window: window, loadMW: loadA,
                  resources: [thermal("cheap", 400, cost: 10)] + (storage.map { [.storage($0)] } ?? []))
    let bb = Case(name: "b", region: "BB", window: window, loadMW: Array(repeating: 80, count: 336), resources: [thermal("dear", 400, cost: 50)])
    return RegionalCase(name: "pair", regions: [aa, bb], links: [Link(from: "AA", to: "BB", forwardCapacityMW: 60, lossPerUnit: 0.1, wheelingEURPerMWh: 2)])
}

/// The case over a window of its hours, as loading it with `--hours` would cut it (these cases' hourly series: load
/// and wind).
private func cut(_ source: RegionalCase, to window: HourWindow) -> RegionalCase {
    var cut = source
    let range = (window.first - 1)..<window.last
    for index in cut.regions.indices {
        cut.regions[index].window = window
        cut.regions[index].loadMW = Array(source.regions[index].loadMW[range])
        cut.regions[index].resources = source.regions[index].resources.map { resource in
            guard case var .renewable(plant) = resource else { return resource }
            plant.capacityFactor = Array(plant.capacityFactor[range])
            return .renewable(plant)
        }
    }
    return cut
}

@Suite("Regional decomposition")
struct RegionalDecompositionTests {
    /// With nothing that links one hour to the next, every window's optimum is the single LP's over its hours: the
    /// stitched dispatch must cost what the single LP does (an independent solve), hour for hour.
    @Test("Without storage or ramps, the weeks add up to the single LP exactly")
    func separableCase() throws {
        let source = fortnight()
        let single = try RegionalRun(case: source, method: .simplex)
        let windowed = try RegionalDecomposition.solve(source, method: .simplex, readSeconds: 0, windowCase: { cut(source, to: $0) })
        #expect(close(windowed.result.objective, single.result.objective, tolerance: 1e-9))
        #expect(close(windowed.result.links[0].forwardMW, single.result.links[0].forwardMW))
        #expect(windowed.summary.solver.notes.first?.hasPrefix("solved in 2 windows of up to 168 h") == true)
    }

    /// A battery in AA: the second week starts at the level the first left (the state-of-charge row across the
    /// boundary holds in the stitched dispatch).
    @Test("Storage levels are handed from one week to the next")
    func storageHandedOver() throws {
        let battery = Storage(name: "bat", technology: .battery, chargePowerMW: 30, dischargePowerMW: 30, energyMWh: 120,
                              chargeEfficiency: 0.9, dischargeEfficiency: 0.9)
        let source = fortnight(storage: battery)
        let single = try RegionalRun(case: source, method: .simplex)
        let windowed = try RegionalDecomposition.solve(source, method: .simplex, readSeconds: 0, windowCase: { cut(source, to: $0) })
        let level = windowed.result.regions[0].values(.stateOfCharge, of: "bat")
        let charge = windowed.result.regions[0].values(.charge, of: "bat"), discharge = windowed.result.regions[0].values(.discharge, of: "bat")
        #expect(abs(level[168] - (level[167] + 0.9 * charge[168] - discharge[168] / 0.9)) <= 1e-6)
        #expect(windowed.summary.status == "feasible" && single.summary.status == "optimal")
    }

    /// AA has 100 MW of wind at capacity factor 0.8 in the first week and 0 in the second, and a non-hydro share
    /// target of 0.3. Wind is the cheapest plant, so every hour takes all of it: AA's share is 80 / 125 = 0.64 in
    /// week one (its load averages 125 MW), 0 in week two, 0.32 over the fortnight. The second window alone misses
    /// 0.3 and pays its penalty; over the year the target is met, as the single LP (an independent solve) finds: the
    /// stitched shortfall is 0 and the cost is the single LP's.
    @Test("A target missed in one week and met over the year is reported met, at the year's cost")
    func targetJudgedOverTheYear() throws {
        var source = fortnight()
        source.regions[0].resources.append(wind(100, cf: (0..<336).map { $0 < 168 ? 0.8 : 0 }))
        source.regions[0].targets = [Target(id: "share", requirement: .nonHydroRenewableShare(minimum: 0.3))]
        let single = try RegionalRun(case: source, method: .simplex)
        let windowed = try RegionalDecomposition.solve(source, method: .simplex, readSeconds: 0, windowCase: { cut(source, to: $0) })
        #expect(single.result.regions[0].targets[0].shortfall <= 1e-6)
        #expect(windowed.result.regions[0].targets[0].shortfall == 0)
        #expect(close(windowed.result.objective, single.result.objective, tolerance: 1e-9))
    }
}

extension RegionalDecompositionTests {
    @Test("The windows' solver notes come out one line per kind, with how many windows had it")
    func notesSummarised() {
        let notes = RegionalDecomposition.summarised([
            ["interior point", "stopped at iteration 37"], ["interior point"], ["interior point", "stopped at iteration 41"],
        ])
        #expect(notes == ["interior point", "2 of 3 windows, e.g.: stopped at iteration 37"])
    }
}

extension RegionalDecompositionTests {
    /// AA's plant commits its capacity (start-up 5 EUR/MW) and ramps at most 0.05 × 400 = 20 MW an hour, while AA's
    /// load steps by 50 MW every 12 hours. Each week's first hour is tied to the hour before it, so the stitched
    /// dispatch keeps the ramp limit at the boundary (hour 169) as in every other hour, and pays for what comes online
    /// there.
    @Test("Thermal output and online capacity are handed from one week to the next")
    func thermalHandedOver() throws {
        var source = fortnight()
        source.regions[0].resources = [thermal("cheap", 400, cost: 10, ramp: 0.05, commitment: true, startup: 5)]
        let windowed = try RegionalDecomposition.solve(source, method: .simplex, readSeconds: 0, windowCase: { cut(source, to: $0) })
        let generation = windowed.result.regions[0].values(.generation, of: "cheap")
        let online = windowed.result.regions[0].values(.online, of: "cheap"), startup = windowed.result.regions[0].values(.startup, of: "cheap")
        #expect((1..<336).allSatisfy { abs(generation[$0] - generation[$0 - 1]) <= 20 + 1e-6 })
        #expect(startup[168] >= online[168] - online[167] - 1e-6)
    }
}
