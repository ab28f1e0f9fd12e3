import Foundation
import GridModel
import Testing
@testable import Scenario

@Suite("Loading cases")
struct LoadingTests {
    /// Load AA: 23 hours at 100 MW and one at 150 MW each day → 2,450 MWh a day, 894.25 GWh a year.
    /// Scaling to 1.7885 TWh doubles it: 200 MW and a 300 MW peak.
    @Test("Load scaled to annual energy keeps its shape")
    func annualEnergy() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal, load: "{profile: load.csv#AA, annual_twh: 1.7885}")
        let loaded = try fixture.load(path, window: HourWindow(first: 1, last: 24))
        #expect(loaded.value.loadMW[0] == 200)
        #expect(abs(loaded.value.loadMW[17] - 300) < 1e-9)
        #expect(loaded.value.dataNotes.first?.contains("×2.0000") == true)
    }

    /// Wind capacity factor: 10 night hours at 0.3 and 14 day hours at 0.1 → 4.4 full-load hours a day, 1,606 a
    /// year. Asking for 2,920 (8 a day) needs k with 10·min(1, 0.3k) + 14·min(1, 0.1k) = 8: k = 2 gives
    /// 6 + 2.8 = 8.8, too much; with no capping, 3k + 1.4k = 8 → k = 8/4.4 = 1.818…: 0.5454… at night, 0.1818… by day.
    @Test("Profile rescaled to full-load hours, capped at 1")
    func fullLoadHours() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal + """

              - name: wind
                kind: onwind
                capacity_mw: 10
                profile: {profile: cf.csv#wind, full_load_hours: 2920}
            """)
        let loaded = try fixture.load(path)
        guard case let .renewable(wind) = loaded.value.resources[1] else { Issue.record("not a renewable"); return }
        #expect(abs(wind.capacityFactor.reduce(0, +) - 2920) < 1e-6)
        #expect(abs(wind.capacityFactor[0] - 0.3 * 8 / 4.4) < 1e-9)
        #expect(abs(wind.capacityFactor[10] - 0.1 * 8 / 4.4) < 1e-9)

        // 7,000 full-load hours need capping: night hours saturate at 1.0 (10 a day), day hours take the rest:
        // 10 + 14·0.1k = 7000/365 → k = (19.178 − 10)/1.4.
        let capped = try fixture.caseFile(Fixture.coal + """

              - name: wind
                kind: onwind
                capacity_mw: 10
                profile: {profile: cf.csv#wind, full_load_hours: 7000}
            """)
        guard case let .renewable(saturated) = try fixture.load(capped).value.resources[1] else { return }
        #expect(saturated.capacityFactor[0] == 1)
        #expect(abs(saturated.capacityFactor.reduce(0, +) - 7000) < 1e-6)
        #expect(abs(saturated.capacityFactor[10] - 0.1 * ((7000.0 / 365 - 10) / 1.4)) < 1e-9)
    }

    @Test("An unreachable full-load-hours figure is an error")
    func unreachableFullLoadHours() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal + """

              - name: sun
                kind: solar
                capacity_mw: 10
                profile: {profile: cf.csv#solar, full_load_hours: 3000}
            """)
        #expect { try fixture.load(path) } throws: { "\($0)".contains("only 2190 hours") }
    }

    /// Demand response as 5% of the window's peak: the first day's peak is 150 MW → 7.5 MW.
    @Test("Demand response as a share of the window's peak load")
    func shareOfPeak() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal + """

              - name: dr
                kind: curtailable_load
                share_of_peak: 0.05
                cost_eur_per_mwh: 100
                max_hours_per_day: 2
            """)
        let loaded = try fixture.load(path, window: HourWindow(first: 1, last: 24))
        guard case let .curtailableLoad(dr) = loaded.value.resources[1] else { Issue.record("not DR"); return }
        #expect(dr.capacityMW == 7.5)
        #expect(dr.maxEnergyPerDayMWh == 15)
    }

    @Test("Storage energy from duration and round-trip efficiency split evenly")
    func storageDefaults() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile("""
              - name: phs
                kind: storage
                technology: pumped_hydro
                power_mw: 100
                duration_hours: 24
                round_trip_efficiency: 0.81
            """)
        guard case let .storage(phs) = try fixture.load(path).value.resources[0] else { Issue.record("not storage"); return }
        #expect(phs.energyMWh == 2400)
        #expect(abs(phs.chargeEfficiency - 0.9) < 1e-12 && abs(phs.dischargeEfficiency - 0.9) < 1e-12)
        #expect(phs.initialStateOfCharge == nil)
    }

    @Test("Data directory order: explicit, environment, ./Data, ../shared/data")
    func dataDirectoryOrder() throws {
        let fixture = try Fixture()
        let root = fixture.directory
        let work = root.appendingPathComponent("work")
        let shared = root.appendingPathComponent("shared/data")
        let local = work.appendingPathComponent("Data")
        for url in [work, shared, local] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try "x".write(to: shared.appendingPathComponent("only-shared.csv"), atomically: true, encoding: .utf8)
        try "x".write(to: local.appendingPathComponent("both.csv"), atomically: true, encoding: .utf8)
        try "x".write(to: shared.appendingPathComponent("both.csv"), atomically: true, encoding: .utf8)

        let explicit = try DataDirectory.resolve(explicit: shared.path, environment: ["GRIDFLEX_DATA": local.path], workingDirectory: work, files: [])
        #expect(explicit.origin == "--data-dir")
        let environment = try DataDirectory.resolve(explicit: nil, environment: ["GRIDFLEX_DATA": local.path], workingDirectory: work, files: [])
        #expect(environment.origin == "$GRIDFLEX_DATA")
        let localFirst = try DataDirectory.resolve(explicit: nil, environment: [:], workingDirectory: work, files: ["both.csv"])
        #expect(localFirst.origin == "./Data")
        let sharedFallback = try DataDirectory.resolve(explicit: nil, environment: [:], workingDirectory: work, files: ["only-shared.csv"])
        #expect(sharedFallback.origin == "../shared/data")
        #expect(throws: ScenarioError.self) { try DataDirectory.resolve(explicit: nil, environment: [:], workingDirectory: work, files: ["none.csv"]) }
    }

    @Test("Targets and assumptions are read")
    func targetsAndAssumptions() throws {
        let fixture = try Fixture()
        let path = try fixture.caseFile(Fixture.coal + """

              - name: wind
                kind: onwind
                capacity_mw: 10
                profile: cf.csv#wind
            targets:
              - {id: util, kind: renewable_utilisation, min: 0.95, resources: [wind]}
              - {id: co2, kind: co2_cap, max_t: 1000}
            assumptions:
              - {key: wind.capacity_mw, value: "10", reason: test}
            """)
        let value = try fixture.load(path).value
        #expect(value.targets.map(\.id) == ["util", "co2"])
        #expect(value.targets[0].requirement == .renewableUtilisation(minimum: 0.95, resources: ["wind"]))
        #expect(value.assumptions == [Assumption(key: "wind.capacity_mw", value: "10", reason: "test")])
    }
}
