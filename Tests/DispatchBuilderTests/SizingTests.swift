import Analysis
import DispatchBuilder
import GridModel
import Solving
import Testing

@Suite("Sizing")
struct SizingTests {
    /// Wind 200 MW available in hour 1 only, load 100 MW per hour, thermal at 20 EUR/MWh. Utilisation ≥ 0.9 means
    /// at most 20 MWh curtailed: 80 MWh must be stored in hour 1 and returned in hour 2 (η = 1, 1 h of energy per
    /// MW). So the least battery is 80 MW. Both the sizing LP and the bisection must find it.
    @Test("Least storage for a utilisation target, two ways")
    func leastStorage() throws {
        let battery = Storage(name: "bat", technology: .battery, chargePowerMW: 0, dischargePowerMW: 0, energyMWh: 0,
                              chargeEfficiency: 1, dischargeEfficiency: 1)
        let source = smallCase(load: [100, 100], resources: [wind(200, cf: [1, 0]), thermal("coal", 200, cost: 20), .storage(battery)],
                               targets: [Target(id: "re", requirement: .renewableUtilisation(minimum: 0.9, resources: []))])
        let outcome = try CapacitySizing.size(case: source, resource: "bat", targetID: "re", durationHours: 1, maximumMW: 200,
                                              toleranceMW: 0.01, capacityCostEURPerMW: 1)
        #expect(close(outcome.leastCapacityMW!, 80, tolerance: 1e-6))
        #expect(abs(outcome.bisectionCapacityMW! - 80) <= 0.01)
        #expect(outcome.agree)
        // Each MW of battery beyond 80 saves 20 EUR of coal (100 MWh more wind in hour 2 at most), costs 1: cost-optimal is 100 MW.
        #expect(close(outcome.costOptimalCapacityMW!, 100, tolerance: 1e-6))
        // The first re-solve is cold; whether later ones are warm is measured in the run (WarmStartTests).
        #expect(outcome.steps.count > 2 && outcome.steps.first?.warm == false)
    }

    @Test("An unreachable target is reported, not sized")
    func unreachable() throws {
        let battery = Storage(name: "bat", technology: .battery, chargePowerMW: 0, dischargePowerMW: 0, energyMWh: 0,
                              chargeEfficiency: 1, dischargeEfficiency: 1)
        let source = smallCase(load: [100, 100], resources: [wind(200, cf: [1, 0]), thermal("coal", 200, cost: 20), .storage(battery)],
                               targets: [Target(id: "re", requirement: .renewableUtilisation(minimum: 0.9, resources: []))])
        let outcome = try CapacitySizing.size(case: source, resource: "bat", targetID: "re", durationHours: 1, maximumMW: 50,
                                              toleranceMW: 0.01, capacityCostEURPerMW: nil)
        #expect(outcome.leastCapacityMW == nil && outcome.bisectionCapacityMW == nil && outcome.agree)
    }
}
