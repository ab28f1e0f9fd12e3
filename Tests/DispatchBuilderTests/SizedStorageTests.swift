import DispatchBuilder
import GridModel
import LinearProgramming
import Testing

@Suite("Sized storage state of charge")
struct SizedStorageExclusiveTests {
    /// Two hours of zero load and a 10 MW must-run plant: 10 MW of surplus each hour at the value of lost load,
    /// unless a storage burns it in its losses. The storage is sized with its power fixed at 10 MW, 1 h of energy,
    /// η = 0.5 each way, cyclic. Over the cycle Σ 0.5·charge = Σ 2·discharge, so charge C = 4 × discharge D, and the
    /// surplus is 20 + D − C = 20 − 3D MWh. Without the exclusive rows C ≤ 20 (10 MW × 2 h): D = 5, surplus 5 MWh.
    /// With them charge + discharge ≤ 10 MW each hour, so 5D ≤ 20: D = 4, surplus 8 MWh.
    @Test("Sized storage keeps its exclusive-charging rows", arguments: [(false, 5.0), (true, 8.0)])
    func exclusiveRows(exclusive: Bool, surplusMWh: Double) throws {
        let storage = Storage(name: "bat", technology: .battery, chargePowerMW: 0, dischargePowerMW: 0, energyMWh: 0,
                              chargeEfficiency: 0.5, dischargeEfficiency: 0.5, exclusiveChargeDischarge: exclusive)
        let source = smallCase(load: [0, 0], resources: [thermal("must", 10, cost: 0, minLoad: 1), .storage(storage)])
        let model = DispatchModel(case: source, sizing: Sizing(resource: "bat", durationHours: 1, minimumMW: 10, maximumMW: 10, costEURPerMW: 0))
        let solution = try GLPKProblem(model.program).solve()
        #expect(solution.status == .optimal)
        #expect(abs(model.surplusColumns.reduce(0) { $0 + solution[$1] } - surplusMWh) <= 1e-6)
        #expect(model.program.rowNames.filter { $0.hasPrefix("exclusive[bat,") }.count == (exclusive ? 2 : 0))
    }
}
