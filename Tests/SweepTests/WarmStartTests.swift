import Foundation
import Testing
@testable import Sweep

@Suite("Warm-started sweeps", .serialized)
struct WarmStartTests {
    @Test("A 3 × 3 grid on a one-week case: every point's objective warm equals cold (1e-6 relative)")
    func warmEqualsCold() throws {
        let plan = try SweepFixture.grid()
        let warm = try SweepFixture.records(plan, warm: true)
        let cold = try SweepFixture.records(plan, warm: false)
        #expect(warm.count == 9 && cold.count == 9)
        // One worker: its first point is cold, the second warm (no warm solve timed yet); later points are warm
        // unless the last warm solve took longer than the last cold one, which the note then says.
        // A cold solve whose interior point fails on this week adds the fallback to the note (dual simplex then solves it).
        #expect(!warm[0].warm && warm[0].note.hasPrefix("cold: first point of this worker"))
        #expect(warm[1].warm)
        #expect(warm.dropFirst(2).allSatisfy { $0.warm || $0.note.hasPrefix("cold: the last warm solve took") })
        #expect(cold.allSatisfy { !$0.warm && $0.note.hasPrefix("cold (--cold)") })
        for (w, c) in zip(warm, cold) {
            #expect(w.point == c.point)
            #expect(w.status == "optimal" && c.status == "optimal")
            #expect(agree(w.objective, c.objective), "\(w.point): warm \(w.objective ?? .nan), cold \(c.objective ?? .nan)")
        }
    }

    @Test("Without vertices a cold point is solved as gridflex solve does, warm starts follow only as measured; objectives equal the warm vertex sweep's (1e-6)")
    func measuredWarmStarts() throws {
        let plan = try SweepFixture.grid()
        let interior = try SweepFixture.records(plan, vertices: false)
        let vertex = try SweepFixture.records(plan, warm: true)
        #expect(interior.count == 9)
        // The first point is cold and its crossover's basis starts the second, which is warm (no warm solve timed yet).
        #expect(!interior[0].warm && interior[0].note.hasPrefix("interior point and crossover, as gridflex solve"))
        #expect(interior[0].note.contains("its optimal basis starts the next point"))
        #expect(interior[1].warm)
        #expect(interior.allSatisfy { $0.warm ? $0.note.hasPrefix("warm:") : $0.note.hasPrefix("interior point and crossover") })
        for (i, v) in zip(interior, vertex) {
            #expect(i.point == v.point && i.status == "optimal")
            #expect(agree(i.objective, v.objective), "\(i.point): interior \(i.objective ?? .nan), vertex \(v.objective ?? .nan)")
        }
    }

    @Test("A changed objective constant (solar capacity) reloads the LP and restores the basis; objectives match cold")
    func objectiveConstantChange() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "solar.capacity_mw=10000,20000,30000")])
        let warm = try SweepFixture.records(plan, warm: true)
        let cold = try SweepFixture.records(plan, warm: false)
        #expect(warm[1].warm && warm[1].note.contains("objective constant changed"))
        #expect(warm.dropFirst(2).allSatisfy { $0.warm ? $0.note.contains("objective constant changed") : $0.note.hasPrefix("cold: the last warm solve took") })
        for (w, c) in zip(warm, cold) { #expect(agree(w.objective, c.objective)) }
    }

    @Test("A worker pool of 2 gives the same table as 1 (objectives to 1e-6)")
    func poolOfTwo() throws {
        let plan = try SweepFixture.grid()
        let one = try SweepFixture.records(plan, jobs: 1)
        let two = try SweepFixture.records(plan, jobs: 2)
        #expect(one.map(\.point.key) == two.map(\.point.key))
        #expect(two.filter { $0.note.hasPrefix("cold: first point of this worker") }.count == 2, "each of the two workers starts cold")
        for (a, b) in zip(one, two) {
            #expect(a.status == b.status && a.position == b.position)
            #expect(agree(a.objective, b.objective))
            #expect(agree(a.measures?.curtailmentMWh, b.measures?.curtailmentMWh, within: 1e-4))
        }
    }

    @Test("A point the case rejects is stored with its reason, and the sweep goes on")
    func badPointIsRecorded() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "plan.dr_share=0.04,2,0.08")])
        let records = try SweepFixture.records(plan)
        #expect(records.count == 3)
        let bad = try #require(records.first { $0.point["plan.dr_share"] == "2" })
        #expect(bad.status == SweepRecord.Outcome.inputError && bad.objective == nil && bad.note.contains("0–1"))
        #expect(records.filter { $0.status == "optimal" }.count == 2)
    }
}
