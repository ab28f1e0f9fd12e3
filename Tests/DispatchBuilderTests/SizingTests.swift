import Analysis
import LinearProgramming
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

    /// The bisection's bound changes give the LP of the case at the new power, also under `adequacy:` (its
    /// `reserve_power` rows hold the power on their right-hand side). Load 100 MW in 2 hours, margin 0.2, coal 100 MW
    /// at 20 EUR/MWh counted in full: a battery of 10 MW / 20 MWh leaves 10 MW short in both hours (20,000 EUR at
    /// 1,000 EUR per MW-hour, + 4,000 of coal); at 15 MW / 30 MWh, 5 MW short (10,000 + 4,000). The program built at
    /// 10 MW and changed to 15 MW solves to the program built at 15 MW: 14,000 EUR.
    @Test("The bisection's bound changes move the adequacy rows with the power")
    func capacityChangesUnderAdequacy() throws {
        func make(_ power: Double) -> Case {
            var source = smallCase(load: [100, 100], resources: [
                thermal("coal", 100, cost: 20),
                .storage(Storage(name: "bat", technology: .battery, chargePowerMW: power, dischargePowerMW: power, energyMWh: 2 * power,
                                 chargeEfficiency: 1, dischargeEfficiency: 1)),
            ])
            source.adequacy = Adequacy(margin: 0.2, forcedOutageRates: [.coal: 0], storageHours: 1)
            return source
        }
        let rebuilt = try CaseRun(case: make(15), method: .simplex).result.objective
        let before = try CaseRun(case: make(10), method: .simplex).result.objective
        #expect(close(rebuilt, 14_000) && close(before, 24_000))
        let model = DispatchModel(case: make(10))
        var program = model.program
        let changes = model.storageCapacityChanges("bat", powerMW: 15, energyMWh: 30)
        for (column, bounds) in changes.columns { program.setBounds(bounds, of: column) }
        for (row, bounds) in changes.rows { program.setBounds(bounds, of: row) }
        let changed = try GLPKProblem(program).solve(SolverOptions(method: .dualSimplex))
        #expect(changed.status == .optimal && close(changed.objective, rebuilt))
    }
}
