@testable import Analysis
import Foundation
import GridModel
@testable import Scenario
import Solving
import Testing

/// Targets applied by their qualifier, and `plan check` saying how each was evaluated.
@Suite("Plan targets by qualifier and evaluation")
struct PlanEvaluationTests {
    static let week = HourWindow(first: 4000, last: 4167)!

    func load(_ region: String, _ year: Int, _ overrides: [String] = []) throws -> LoadedCase {
        try CaseLoader.load(path: Repository.casePath(region, year), dataDirectory: Repository.data.path, window: Self.week,
                            overrides: overrides.map { Override($0)! })
    }

    /// Yinchuan 2025's end-2024 fleet: NX wind 1,464 × 10 MW (2023) and solar 2,624.02 × 10 MW (2024) × 0.3237 =
    /// 4,740 + 8,495 = 13,235 MW, far above the plan's 突破500万千瓦 (at least 5,000 MW): the floor keeps it.
    @Test("A floor never lowers an existing capacity")
    func floorKeepsCapacity() throws {
        let loaded = try load("yinchuan", 2025)
        #expect(ResourceGroup.capacityMW(of: "wind_solar", in: loaded.value.resources) == 4740 + 8495)
        let application = try #require(loaded.planApplications.first { $0.target.id == "yc_new_energy_2025" })
        #expect(application.effect == .capacityKept(["onwind": 4740, "solar": 8495]))
    }

    /// A floor above the fleet adds only what is missing, by the split: 1,000 MW of wind and solar against a
    /// 5,000 MW floor split 50/50 adds 2,000 MW to each.
    @Test("A floor above the fleet raises each member by its share of what is missing")
    func floorRaises() {
        let shares = ["onwind": 0.5, "solar": 0.5]
        #expect(PlanCapacityRule.capacities(current: ["onwind": 400, "solar": 600], shares: shares, figureMW: 5000, qualifier: .atLeast, baseMW: nil)
                == ["onwind": 2400, "solar": 2600])
        #expect(PlanCapacityRule.capacities(current: ["onwind": 4000, "solar": 4000], shares: shares, figureMW: 5000, qualifier: .atLeast, baseMW: nil) == nil)
        #expect(PlanCapacityRule.capacities(current: ["onwind": 4000, "solar": 4000], shares: shares, figureMW: 5000, qualifier: .about, baseMW: nil)
                == ["onwind": 2500, "solar": 2500])
    }

    /// Luzhou 2030: 新增35万千瓦 on the stated base of 250 MW (plan.base) gives 600 MW of wind, whatever the fleet had.
    @Test("An increment adds to its stated base")
    func incrementAddsToBase() throws {
        let loaded = try load("luzhou", 2030)
        #expect(ResourceGroup.capacityMW(of: "onwind", in: loaded.value.resources) == 600)
        #expect(loaded.value.assumptions.contains { $0.key == "lz_wind_new_2030.base" })
    }

    /// The error loading a copy of a plan case, edited, from a temporary folder (with a copy of its plan file).
    func loadingError(_ region: String, _ year: Int, edit: (String) -> String) throws -> String {
        let original = try String(contentsOfFile: Repository.casePath(region, year), encoding: .utf8)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-evaluation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Repository.models.appendingPathComponent("\(region)/plan.yaml"), to: folder.appendingPathComponent("plan.yaml"))
        let file = folder.appendingPathComponent("case.yaml").path
        try edit(original).write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try CaseLoader.load(path: file, dataDirectory: Repository.data.path, window: Self.week)
        } catch {
            return "\(error)"
        }
        return "no error"
    }

    @Test("An increment without a stated base is an error naming plan.base")
    func incrementNeedsBase() throws {
        let message = try loadingError("luzhou", 2030) { $0.replacingOccurrences(of: "  base:\n    lz_wind_new_2030: 250\n", with: "") }
        #expect(message.contains("plan.base.lz_wind_new_2030"), "\(message)")
    }

    /// Guangxi 2030 takes its wind + solar, storage, PHS and DR from the plan: all four are `applied`, none `met`;
    /// its two context rows stay context.
    @Test("An applied target is never reported met")
    func appliedIsNeverMet() throws {
        let loaded = try load("guangxi", 2030)
        let run = try CaseRun(case: loaded.value, method: .simplex)
        let check = PlanCompliance.evaluate(plan: loaded.plan!, year: 2030, applications: loaded.planApplications, case: loaded.value, summary: run.summary)
        let applied = check.targets.filter { $0.evaluation == "applied" }
        #expect(Set(applied.map(\.id)) == ["gx_wind_solar_2030", "gx_new_storage_2025", "gx_phs_2030", "gx_dr_2030"])
        #expect(applied.allSatisfy { $0.status == "applied" })
        #expect(check.targets.first { $0.id == "gx_new_storage_2025" }?.carriedFrom == 2025)
        #expect(PlanCheckCounts(check).line == "4 applied, 0 tested (0 met), 8 context")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(check), as: UTF8.self)
        #expect(json.contains("\"evaluation\":\"applied\"") && !json.contains("\"status\":\"met\""))
        // The plan's 2,000 MW of new-type storage at the case's 2 h duration: 4,000 MWh.
        let battery = try #require(check.summary.capacities.first { $0.name == "battery" })
        #expect(battery.capacityMW == 2000 && battery.energyMWh == 4000)
        #expect(json.contains("\"capacity_mw\":2000,\"energy_mwh\":4000,\"kind\":\"storage\",\"name\":\"battery\""))
    }

    /// Yinchuan 2030 with a 99 % non-hydro share and no battery misses the target; the LP pays the penalty on
    /// every MWh missing, so the shadow price is the penalty and is labelled as such.
    @Test("A penalty-priced shadow price is labelled as the penalty")
    func penaltyLabelled() throws {
        let loaded = try load("yinchuan", 2030, ["target.yc_nonhydro_re_share_2030=0.99", "battery.power_mw=0"])
        let run = try CaseRun(case: loaded.value, method: .simplex)
        let check = PlanCompliance.evaluate(plan: loaded.plan!, year: 2030, applications: loaded.planApplications, case: loaded.value, summary: run.summary)
        let row = try #require(check.targets.first { $0.id == "yc_nonhydro_re_share_2030" })
        #expect(row.status == "missed" && row.shadowPriceIsPenalty)
        #expect(row.shadowPriceLabel == "missed: this is the penalty, not a cost")
        #expect(String(decoding: try JSONEncoder().encode(row), as: UTF8.self).contains("\"shadow_price_note\":\"missed: this is the penalty, not a cost\""))
        #expect(PlanText.check(check).contains("missed: this is the penalty, not a cost"))
        #expect(SummaryText.render(run.summary).contains("missed: this is the penalty, not a cost"))
    }

    @Test("An assumption about a resource the case does not have is an error")
    func assumptionForAbsentResource() throws {
        let message = try loadingError("yinchuan", 2025) { $0 + "  - key: chp.min_stable_load\n    value: \"0.5\"\n    reason: \"must-run\"\n" }
        #expect(message.contains("assumption 'chp.min_stable_load' is about chp, which this case does not have"), "\(message)")
    }

    /// Guangxi 2030's DR (5 % of peak, 3,082 MW, at 150 EUR/MWh) is never worth calling in this week. An interior
    /// point on a degenerate face leaves about 1e-5 MW in it every hour: added to the simplex (vertex) dispatch,
    /// those leftovers are below 1e-6 × 3,082 = 0.003 MW and change neither the hours called nor the cycles.
    @Test("Interior-point leftovers are not hours called")
    func leftoversAreNotActivity() throws {
        let loaded = try load("guangxi", 2030)
        let simplex = try CaseRun(case: loaded.value, method: .simplex)
        let dr = try #require(loaded.value.resources.first { $0.name == "dr" })
        let vertex = try #require(simplex.result.flows["dr"])
        var leftover = vertex
        leftover[.reduction] = vertex[.reduction]!.map { $0 + 1e-5 }
        let called = Summarize.resourceSummary(dr, flows: vertex, case: loaded.value).hoursCalled
        #expect(called == simplex.summary.resources.first { $0.name == "dr" }?.hoursCalled)
        #expect(Summarize.resourceSummary(dr, flows: leftover, case: loaded.value).hoursCalled == called)
        // The same for a storage: 1e-5 MW of charge and discharge in every hour adds no cycles and no simultaneous hour.
        let phs = try #require(loaded.value.resources.first { $0.name == "phs" })
        var store = try #require(simplex.result.flows["phs"])
        let before = Summarize.resourceSummary(phs, flows: store, case: loaded.value)
        store[.charge] = store[.charge]!.map { $0 + 1e-5 }
        store[.discharge] = store[.discharge]!.map { $0 + 1e-5 }
        let after = Summarize.resourceSummary(phs, flows: store, case: loaded.value)
        #expect(after.simultaneousHours == before.simultaneousHours)
        #expect(abs(after.equivalentFullCycles! - before.equivalentFullCycles!) < 1e-9)
    }

    /// Yinchuan 2025 has a 0 MW battery (no storage target): its power value would be the mean price × hours, so
    /// it is not reported; its energy value (0 MWh of a 0 MW store) is.
    @Test("A storage with no energy gets no marginal value of power")
    func emptyStorageHasNoPowerValue() throws {
        let loaded = try load("yinchuan", 2025)
        let run = try CaseRun(case: loaded.value, method: .simplex)
        #expect(!run.summary.marginalValues.contains { $0.resource == "battery" && $0.quantity == "power_mw" })
        #expect(run.summary.resources.first { $0.name == "battery" }?.simultaneousHours == 0)
    }
}
