import Analysis
import DispatchBuilder
import GridModel
import Solving
import Testing

/// Marginal values from duals and reduced costs, checked against finite differences: add a small step of
/// capacity, re-solve, and compare the cost saved per unit with the reported value (within 1 %).
@Suite("Marginal values")
struct MarginalValueTests {
    func value(_ run: CaseRun, _ resource: String, _ quantity: String) throws -> Double {
        try #require(run.summary.marginalValues.first { $0.resource == resource && $0.quantity == quantity }).eurPerUnit
    }

    /// (cost at x − cost at x + step) / step, from two simplex solves.
    func finiteDifference(step: Double, _ make: (Double) -> Case) throws -> Double {
        let base = try CaseRun(case: make(0), method: .simplex).result.objective
        let more = try CaseRun(case: make(step), method: .simplex).result.objective
        return (base - more) / step
    }

    func expectClose(_ reported: Double, _ finite: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(abs(reported - finite) <= 0.01 * max(1, abs(finite)), "reported \(reported) vs finite difference \(finite)", sourceLocation: sourceLocation)
    }

    /// Arbitrage case of StorageTests: one more MW of power charges 1 MWh more at 10 EUR and returns 0.72 MWh that
    /// displace the 50 EUR plant: 36 − 10 = 26 EUR per MW. Energy (100 MWh, 28.8 used) is worth nothing.
    @Test("Storage power and energy")
    func storage() throws {
        func make(power: Double, energy: Double) -> Case {
            smallCase(load: [50, 150], resources: [
                thermal("base", 100, cost: 10), thermal("peak", 100, cost: 50),
                .storage(Storage(name: "bat", technology: .battery, chargePowerMW: power, dischargePowerMW: power, energyMWh: energy,
                                 chargeEfficiency: 0.9, dischargeEfficiency: 0.8)),
            ])
        }
        let run = try CaseRun(case: make(power: 40, energy: 100), method: .simplex)
        #expect(close(try value(run, "bat", "power_mw"), 26))
        expectClose(try value(run, "bat", "power_mw"), try finiteDifference(step: 0.5) { make(power: 40 + $0, energy: 100) })
        #expect(close(try value(run, "bat", "energy_mwh"), 0))

        // Energy-bound: 100 MW of power but only 20 MWh: each MWh more stores 1/0.9 MWh more charge.
        let tight = try CaseRun(case: make(power: 100, energy: 20), method: .simplex)
        let energyValue = try value(tight, "bat", "energy_mwh")
        #expect(energyValue > 0)
        expectClose(energyValue, try finiteDifference(step: 0.1) { make(power: 100, energy: 20 + $0) })
    }

    /// Curtailment case of RenewableAndDemandResponseTests: one more MW of wind adds 0.5, 0.2 and 0.1 MW; hour 1 is
    /// curtailed anyway, hours 2 and 3 displace thermal at 20: (0.2 + 0.1) × 20 = 6 EUR per MW.
    @Test("Renewable capacity")
    func renewable() throws {
        func make(_ extra: Double) -> Case {
            smallCase(load: [100, 100, 100], resources: [
                wind(300 + extra, cf: [0.5, 0.2, 0.1]), thermal("coal", 200, cost: 20),
                .storage(Storage(name: "bat", technology: .battery, chargePowerMW: 30, dischargePowerMW: 30, energyMWh: 20,
                                 chargeEfficiency: 1, dischargeEfficiency: 1, initialStateOfCharge: 0)),
            ])
        }
        let run = try CaseRun(case: make(0), method: .simplex)
        #expect(close(try value(run, "wind", "capacity_mw"), 6))
        expectClose(try value(run, "wind", "capacity_mw"), try finiteDifference(step: 1, make))
    }

    /// With a binding utilisation target (TargetTests' commitment case), more wind also loosens the target's
    /// right-hand side: the target row's dual enters the value.
    @Test("Renewable capacity under a binding utilisation target")
    func renewableWithTarget() throws {
        func make(_ extra: Double) -> Case {
            smallCase(load: [100, 100], resources: [wind(80 + extra, cf: [1, 0]), thermal("coal", 100, cost: 20, minLoad: 0.5, commitment: true, startup: 30)],
                      targets: [Target(id: "re", requirement: .renewableUtilisation(minimum: 0.9, resources: []))])
        }
        let run = try CaseRun(case: make(0), method: .simplex)
        expectClose(try value(run, "wind", "capacity_mw"), try finiteDifference(step: 0.1, make))
    }

    /// DR case: 2 MW go unserved at 10,000 EUR/MWh; one more MW of DR at 100 EUR/MWh saves 9,900.
    @Test("Demand-response capacity")
    func demandResponse() throws {
        func make(_ extra: Double) -> Case {
            smallCase(load: [100, 100, 130], resources: [thermal("coal", 115, cost: 20),
                                                          .curtailableLoad(CurtailableLoad(name: "dr", capacityMW: 13 + extra, costEURPerMWh: 100))])
        }
        let run = try CaseRun(case: make(0), method: .simplex)
        #expect(close(try value(run, "dr", "capacity_mw"), 9900))
        expectClose(try value(run, "dr", "capacity_mw"), try finiteDifference(step: 0.5, make))
    }

    /// Under `adequacy:` the power of a storage and the capacity of a curtailable load set the right-hand side of
    /// their `reserve_power` rows (which replace the power bounds in those hours). Load 100 MW in 2 hours, margin
    /// 0.2: 120 MW firm required; coal counts 100, the battery's reserve up to its 10 MW (backed by 20 MWh for one
    /// hour), DR up to its 5 MW: 5 MW short in both hours at 1,000 EUR per MW-hour. One more MW of either cuts the
    /// shortfall by 1 MW in both hours: 2,000 EUR per MW, as the finite differences find.
    @Test("Storage power and DR capacity through the adequacy rows")
    func adequacy() throws {
        func make(power: Double, dr: Double) -> Case {
            var source = smallCase(load: [100, 100], resources: [
                thermal("coal", 100, cost: 20),
                .storage(Storage(name: "bat", technology: .battery, chargePowerMW: power, dischargePowerMW: power, energyMWh: 20,
                                 chargeEfficiency: 1, dischargeEfficiency: 1)),
                .curtailableLoad(CurtailableLoad(name: "dr", capacityMW: dr, costEURPerMWh: 80)),
            ])
            source.adequacy = Adequacy(margin: 0.2, forcedOutageRates: [.coal: 0], storageHours: 1)
            return source
        }
        let run = try CaseRun(case: make(power: 10, dr: 5), method: .simplex)
        #expect(close(try value(run, "bat", "power_mw"), 2_000))
        expectClose(try value(run, "bat", "power_mw"), try finiteDifference(step: 0.5) { make(power: 10 + $0, dr: 5) })
        #expect(close(try value(run, "dr", "capacity_mw"), 2_000))
        expectClose(try value(run, "dr", "capacity_mw"), try finiteDifference(step: 0.5) { make(power: 10, dr: 5 + $0) })
    }
}
