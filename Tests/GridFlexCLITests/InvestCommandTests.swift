import Foundation
import Testing

/// `gridflex invest` run as a user would: exit statuses, the JSON's keys and the files it writes.
@Suite("Invest command")
struct InvestCommandTests {
    let cli = CommandLineTests()

    /// The keys of the shared design (issue 14), which the PyPSA cross-check and readers rely on.
    static let topKeys: Set = ["case", "hours", "window_share", "prorated", "discount_rate", "objective_eur", "optimality_gap", "portfolio", "plan_portfolio",
                               "targets", "adequacy", "costs", "gap"]
    static let capacityKeys: Set = ["resource", "decision", "power_mw", "energy_mwh", "duration_hours", "min_mw", "max_mw", "at_limit",
                                    "capital_cost_eur", "cost_source"]
    static let costKeys: Set = ["capital_eur", "operating_eur", "penalty_eur", "total_eur", "annual_total_eur"]
    static let targetKeys: Set = ["id", "unit", "required", "achieved", "met", "shadow_price_eur_per_unit", "shadow_price_eur_per_percentage_point"]

    @Test("A day of Guangxi 2030: exit 0, the shared JSON keys, every candidate on both sides, the gap adding up, prorated capital")
    func guangxiDay() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("invest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.run(["invest", "Models/guangxi/2030.yaml", "--hours", "1-24", "--json", "--out", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        // Progress on stderr, one line as each step starts; stdout stays one JSON object.
        #expect(result.stderr.contains("invest: solving the investment LP (") && result.stderr.contains("dispatching the plan's portfolio"))
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == Self.topKeys)
        let portfolio = try #require(json["portfolio"] as? [[String: Any]])
        let plan = try #require(json["plan_portfolio"] as? [String: Any])
        #expect(Set(plan.keys) == ["capacities", "costs", "targets"])
        let planCapacities = try #require(plan["capacities"] as? [[String: Any]])
        // Models/guangxi/2030.yaml has seven candidates: the coal retrofit, onwind_new, offwind, solar_new, phs_new, battery, dr.
        #expect(portfolio.map { $0["resource"] as? String } == ["coal", "onwind_new", "offwind", "solar_new", "phs_new", "battery", "dr"])
        #expect(planCapacities.map { $0["resource"] as? String } == portfolio.map { $0["resource"] as? String })
        for entry in portfolio + planCapacities { #expect(Set(entry.keys) == Self.capacityKeys) }
        #expect(Set(try #require(json["costs"] as? [String: Any]).keys) == Self.costKeys)
        for target in try #require(json["targets"] as? [[String: Any]]) { #expect(Set(target.keys) == Self.targetKeys) }
        #expect(Set(try #require(json["adequacy"] as? [String: Any]).keys) == ["met", "shortfall_mwh", "shadow_price_eur_per_mw_year"])
        // The plan's phs_new is the rest of the plan's 8,400 MW after Nanning's 1,200 MW: 7,200 MW, 6 h.
        let planPHS = try #require(planCapacities.first { $0["resource"] as? String == "phs_new" })
        #expect(abs((planPHS["power_mw"] as? Double ?? 0) - 7200) < 1e-6 && abs((planPHS["energy_mwh"] as? Double ?? 0) - 43_200) < 1e-6)
        // 24 of 8,760 hours.
        #expect(abs((json["window_share"] as? Double ?? 0) - 24.0 / 8760) < 1e-12 && json["prorated"] as? Bool == true)
        let gap = try #require(json["gap"] as? [String: Any])
        let items = try #require(gap["items"] as? [[String: Any]]).compactMap { $0["eur"] as? Double }
        let total = try #require(gap["total_eur"] as? Double)
        #expect(abs(items.reduce(0, +) - total) <= 1e-6 * max(1, abs(total)))
        for file in ["investment.json", "portfolio.csv", "plan_comparison.csv", "targets.csv"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path), "\(file) missing")
        }
        let csv = try String(contentsOf: directory.appendingPathComponent("portfolio.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("resource,decision,plan_power_mw,power_mw,") && csv.split(separator: "\n").count == 1 + 7)
    }

    @Test("A target no portfolio within the candidates' limits meets: exit 2, the target named, no crash")
    func unreachable() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("invest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // A day of Guangxi's load (about 34 GW on average at 300 TWh a year) against at most 1,000 MW of solar: a
        // 90 % non-hydro renewable share is far out of reach.
        let caseFile = directory.appendingPathComponent("unreachable.yaml")
        try """
            name: unreachable
            region: GX
            year: 2030
            hours: 1-24
            load: {profile: load/hourly_load_2018_MW.csv#GX, annual_twh: 300}
            resources:
              - {name: coal, kind: thermal, technology: coal, capacity_mw: 80000, fuel_price_eur_per_mwh_th: 8.15, efficiency: 0.4494}
              - {name: solar, kind: solar, capacity_mw: 0, profile: renewables/capacity_factor_solar_2020.csv#GX, invest: {max_mw: 1000}}
            targets:
              - {id: share_90, kind: non_hydro_renewable_share, min: 0.9}
            """.write(to: caseFile, atomically: true, encoding: .utf8)
        let result = try cli.run(["invest", caseFile.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no portfolio within the candidates' limits meets target share_90"))
        let soft = try cli.run(["invest", caseFile.path, "--soft-targets", "--json"])
        #expect(soft.status == 0, "\(soft.stderr)")
    }

    @Test("A case without candidates is bad input: exit 1, the file named")
    func noCandidates() throws {
        let result = try cli.run(["invest", "Models/examples/guangxi-2020.yaml", "--hours", "1-24"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Models/examples/guangxi-2020.yaml: no candidates"))
    }
}
