import Foundation
import Scenario
import Testing
@testable import Sweep

/// Two regions of one day, 100 MW of load each hour: AA has a 1,000 MW plant at 10 EUR/MWh, BB one at 50 EUR/MWh; a
/// link AA → BB loses 0.1 of what it sends and charges 2 EUR/MWh (the regional dispatch tests' pair, as files).
enum RegionalSweepFixture {
    /// Writes the data, the two region files and the regional file (with `extra` YAML lines at its end) into a fresh
    /// directory; returns the regional file.
    static func write(extra: String = "") throws -> (regional: String, directory: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-regional-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let load = "hour,time,AA,BB\n" + (1...8760).map { "\($0),t,100,100\n" }.joined()
        let files = [
            "load.csv": load,
            "a.yaml": region("a", code: "AA", plant: "cheap", costEURPerMWh: 10),
            "b.yaml": region("b", code: "BB", plant: "dear", costEURPerMWh: 50),
            "pair.yaml": """
                name: pair
                regions:
                  - case: a.yaml
                  - case: b.yaml
                links:
                  - {from: AA, to: BB, capacity_forward_mw: 60, capacity_backward_mw: 0, loss_per_unit: 0.1, wheeling_eur_per_mwh: 2}
                """ + extra,
        ]
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return (directory.appendingPathComponent("pair.yaml").path, directory)
    }

    private static func region(_ name: String, code: String, plant: String, costEURPerMWh: Int) -> String {
        """
        name: \(name)
        region: \(code)
        hours: 1-24
        load: load.csv#\(code)
        resources:
          - {name: \(plant), kind: thermal, capacity_mw: 1000, marginal_cost_eur_per_mwh: \(costEURPerMWh)}
        """
    }

    /// Solves `plan` over the fixture (its regional file ending with `extra`) into a fresh database and returns its
    /// records in solving order.
    static func records(_ plan: SweepPlan, fixed: [Override] = [], jobs: Int = 1, extra: String = "") throws -> [SweepRecord] {
        let (regional, directory) = try write(extra: extra)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SweepStore(path: directory.appendingPathComponent("sweep.sqlite").path)
        try store.register(SweepRegistration(caseHash: "test", caseFile: regional, parameters: plan.parameters, fixedOptions: [], shard: nil,
                                             plannedKeys: plan.points.map(\.key)))
        let settings = RegionalSweepSettings(base: SweepSettings(casePath: regional, dataDirectory: directory.path, fixedOverrides: fixed,
                                                                 warmStarts: false, vertices: false))
        let runner = SweepRunner(regional: settings, caseHash: "test", store: store)
        let outcome = runner.run(plan.points.enumerated().map { SweepTask(position: $0.offset, point: $0.element) }, jobs: jobs)
        if let error = outcome.storeError { throw error }
        return try store.records(caseHash: "test")
    }
}

@Suite("Regional sweeps")
struct RegionalSweepTests {
    /// Hand-worked: with the link at capacity c MW (c ≤ 100 / 0.9, so it always runs full: a MWh sent costs 10 + 2 and
    /// replaces 0.9 MWh at 50 in BB), AA makes 100 + c MW, BB 100 − 0.9c MW, and each hour costs
    /// 10 (100 + c) + 50 (100 − 0.9c) + 2c = 6,000 − 33c EUR: over 24 hours 144,000, 120,240 and 96,480 EUR at 0, 30 and 60 MW.
    @Test("A link's capacity swept over 0, 30 and 60 MW: the objective at each point as worked by hand, and each part")
    func linkCapacity() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "link.AA-BB.capacity_forward_mw=0:60:30")])
        let records = try RegionalSweepFixture.records(plan, jobs: 2)
        #expect(records.map(\.status) == ["optimal", "optimal", "optimal"])
        for (record, capacity) in zip(records, [0.0, 30, 60]) {
            let hourly = 6_000 - 33 * capacity
            #expect(agree(record.objective, 24 * hourly), "\(record.point): \(record.objective ?? .nan)")
            let figures = Dictionary(uniqueKeysWithValues: record.figures.map { ($0.name, $0.value) })
            // AA's plant: 24 × 10 × (100 + c); BB's: 24 × 50 × (100 − 0.9c); the wheeling, 24 × 2c, is the link's.
            #expect(agree(figures["AA.operating_cost_eur"], 24 * 10 * (100 + capacity)))
            #expect(agree(figures["BB.operating_cost_eur"], 24 * 50 * (100 - 0.9 * capacity)))
            #expect(agree(record.measures?.operatingCostEUR, 24 * hourly))
            #expect(agree(figures["link.AA-BB.forward_mwh"], 24 * capacity))
            #expect(figures["link.AA-BB.backward_mwh"] == 0)
            #expect(agree(figures["link.AA-BB.forward_utilisation"], capacity > 0 ? 1 : 0))
            // No region has a target: none met, none missed.
            #expect(figures["AA.targets_met"] == 0 && figures["BB.targets_missed"] == 0)
        }
    }

    /// Hand-worked: with BB's plant at 30 EUR/MWh a MWh sent still pays (12 < 0.9 × 30 = 27), so the link runs at
    /// 60 MW: 10 × 160 + 30 × 46 + 2 × 60 = 3,100 EUR per hour, 74,400 EUR over the day. Only BB's case changes.
    @Test("A region's own key swept: only that region's case changes")
    func regionKey() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "BB.dear.marginal_cost_eur_per_mwh=30,50")])
        let records = try RegionalSweepFixture.records(plan)
        let byCost = Dictionary(uniqueKeysWithValues: records.map { ($0.point["BB.dear.marginal_cost_eur_per_mwh"] ?? "", $0) })
        #expect(agree(byCost["30"]?.objective, 74_400))
        #expect(agree(byCost["50"]?.objective, 96_480))
        let figures = Dictionary(uniqueKeysWithValues: (byCost["30"]?.figures ?? []).map { ($0.name, $0.value) })
        #expect(agree(figures["AA.operating_cost_eur"], 24 * 10 * 160))
        #expect(agree(figures["BB.operating_cost_eur"], 24 * 30 * 46))
    }

    /// Hand-worked: AA's plant held to 130 MW can send only 30 MW, as a link of 30 MW would: 120,240 EUR over the day.
    @Test("A fixed --set value of one region applies to every point, beside the varied link")
    func fixedRegionValue() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "link.AA-BB.capacity_forward_mw=60")])
        let records = try RegionalSweepFixture.records(plan, fixed: [Override("AA.cheap.capacity_mw=130")!])
        #expect(agree(records.first?.objective, 120_240))
    }

    @Test("A point whose values the case refuses is stored as an input error naming the key, and the sweep goes on")
    func refusedPoint() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "link.AA-BB.loss_per_unit=0,1")])
        let records = try RegionalSweepFixture.records(plan)
        let refused = try #require(records.first { $0.point["link.AA-BB.loss_per_unit"] == "1" })
        #expect(refused.status == SweepRecord.Outcome.inputError)
        #expect(refused.note.contains("links[0].loss_per_unit") && refused.note.contains("delivers nothing"))
        // Lossless at 60 MW: 10 × 160 + 50 × 40 + 2 × 60 = 3,720 EUR per hour.
        #expect(agree(records.first { $0.point["link.AA-BB.loss_per_unit"] == "0" }?.objective, 24 * 3_720))
    }

    /// Hand-worked: neither region has renewables, so a group non-hydro share of 0.1 over both misses 0.1 × 4,800 MWh
    /// of load = 480 MWh, at 3 EUR/MWh 1,440 EUR; the dispatch is the 96,480 EUR one of a 60 MW link.
    @Test("A group target's penalty is in the point's target penalties, which with the operating cost make the objective")
    func groupTargetPenalty() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "link.AA-BB.capacity_forward_mw=60")])
        let records = try RegionalSweepFixture.records(plan, extra: "\ntargets:\n  - {id: both, kind: non_hydro_renewable_share, min: 0.1, "
                                                       + "penalty_eur_per_unit: 3}\n")
        let record = try #require(records.first)
        #expect(agree(record.objective, 97_920))
        #expect(agree(record.measures?.operatingCostEUR, 96_480) && agree(record.measures?.targetPenaltyEUR, 1_440))
    }

    @Test("The fingerprint of a regional case changes with any region's file, and only then")
    func fingerprint() throws {
        let (regional, directory) = try RegionalSweepFixture.write()
        defer { try? FileManager.default.removeItem(at: directory) }
        func hash() throws -> String {
            let regions = try ["a.yaml", "b.yaml"].map { try CaseSources(casePath: directory.appendingPathComponent($0).path) }
            return try CaseFingerprint.hash(regionalFile: regional, regions: regions, dataDirectory: directory, fixedOptions: [])
        }
        let before = try hash()
        #expect(try hash() == before)
        let b = directory.appendingPathComponent("b.yaml")
        try (try String(contentsOf: b, encoding: .utf8) + "\ndescription: edited\n").write(to: b, atomically: true, encoding: .utf8)
        #expect(try hash() != before)
    }
}
