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

/// The case over a window of its hours, as loading it with `--hours` would cut it.
private func cut(_ source: RegionalCase, to window: HourWindow) -> RegionalCase {
    var cut = source
    let range = (window.first - 1)..<window.last
    for index in cut.regions.indices {
        cut.regions[index].window = window
        cut.regions[index].loadMW = Array(source.regions[index].loadMW[range])
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
    /// boundary holds in the stitched dispatch), and the windows together cost at least the single LP's optimum.
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
        #expect(windowed.result.objective >= single.result.objective - 1e-6 * single.result.objective)
    }
}
