import Foundation
import Testing
@testable import Sweep

@Suite("Resuming and storing", .serialized)
struct ResumeTests {
    @Test("--resume after an interrupted run finishes the grid with no duplicate and no missing point")
    func resumeAfterStop() throws {
        let plan = try SweepFixture.grid()
        let store = try SweepFixture.run(plan, stopAfter: 4)
        defer { SweepFixture.remove(store.path) }
        let partial = try store.records(caseHash: "test")
        #expect(partial.count == 4)
        let pending = try store.pending(plan.points.enumerated().map { SweepTask(position: $0.offset, point: $0.element) }, caseHash: "test")
        #expect(pending.count == 5 && Set(pending.map(\.point.key)).isDisjoint(with: partial.map(\.point.key)))

        _ = try SweepFixture.run(plan, store: store)
        let all = try store.records(caseHash: "test")
        #expect(all.count == 9)
        #expect(all.map(\.point.key) == plan.points.map(\.key), "every planned point once, in solving order")
        #expect(all.first { $0.position == 4 }?.note.contains("first point of this worker") == true, "the resumed run starts cold")
    }

    @Test("The CSV table can be written again from the database, the same")
    func csvFromDatabase() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "battery.power_mw=0,3000")])
        let store = try SweepFixture.run(plan)
        defer { SweepFixture.remove(store.path) }
        let first = SweepTable.csv(try store.records(caseHash: "test"), parameters: plan.parameters)
        let again = SweepTable.csv(try SweepStore(path: store.path).records(caseHash: "test"), parameters: plan.parameters)
        #expect(first == again)
        let lines = first.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("point_key,battery.power_mw,status,objective,curtailment_mwh,renewable_utilisation"))
        #expect(lines[1].hasPrefix("battery.power_mw=0,0,optimal,"))
    }

    @Test("Each row holds the parameters as JSON and as columns, and the full summary JSON")
    func rowContents() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "battery.power_mw=1500")])
        let store = try SweepFixture.run(plan)
        defer { SweepFixture.remove(store.path) }
        let record = try #require(try store.records(caseHash: "test").first)
        let summary = try JSONSerialization.jsonObject(with: Data(try #require(record.summaryJSON).utf8)) as? [String: Any]
        #expect((summary?["kpis"] as? [String: Any])?["curtailment_mwh"] != nil)
        #expect((summary?["targets"] as? [Any]) != nil)
        #expect(agree(summary?["objective"] as? Double, record.objective, within: 1e-12))
        #expect(JSONText.object(record.point) == "{\"battery.power_mw\":1500}")
    }
}
