import Foundation
import Testing
@testable import Sweep

@Suite("Merging shards")
struct MergeTests {
    /// A finished record without solving (merging only moves rows).
    func record(_ point: SweepPoint, position: Int, objective: Double) -> SweepRecord {
        SweepRecord(caseHash: "h", point: point, position: position, status: "optimal", objective: objective, iterations: 3)
    }

    func shards(_ plan: SweepPlan, count: Int, skipping skipped: Set<Int> = []) throws -> [String] {
        let directory = URL(fileURLWithPath: try SweepFixture.database()).deletingLastPathComponent()
        return try (0..<count).map { index in
            let shard = try #require(Shard(index: index, count: count))
            let path = directory.appendingPathComponent("s.shard-\(index)-of-\(count).sqlite").path
            let store = try SweepStore(path: path)
            try store.register(SweepRegistration(caseHash: "h", caseFile: "case.yaml", parameters: plan.parameters, fixedOptions: [],
                                                 shard: shard.description, plannedKeys: plan.points.map(\.key)))
            for position in shard.range(in: plan.points.count) where !skipped.contains(position) {
                try store.insert(record(plan.points[position], position: position, objective: Double(position)))
            }
            return path
        }
    }

    @Test("Three shards merge into one table with every point once")
    func complete() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "a=0:3:1"), SweepAxis(parsing: "b=1,2,3")])
        let inputs = try shards(plan, count: 3)
        defer { SweepFixture.remove(inputs[0]) }
        let output = URL(fileURLWithPath: inputs[0]).deletingLastPathComponent().appendingPathComponent("merged.sqlite").path
        let outcome = try SweepMerge.merge(inputs: inputs, into: output)
        #expect(outcome.isComplete && outcome.stored == 12)
        let records = try SweepStore(path: output).records(caseHash: "h")
        #expect(records.map(\.point.key) == plan.points.map(\.key))
        #expect(records.map(\.objective) == (0..<12).map(Double.init))
    }

    @Test("A missing point is named; a point in two inputs is reported and kept once")
    func gapsAndDuplicates() throws {
        let plan = try SweepPlan(axes: [SweepAxis(parsing: "a=0:5:1")])
        let inputs = try shards(plan, count: 2, skipping: [4])
        defer { SweepFixture.remove(inputs[0]) }
        let extra = try SweepStore(path: inputs[1])
        try extra.insert(record(plan.points[0], position: 0, objective: 0))
        let output = URL(fileURLWithPath: inputs[0]).deletingLastPathComponent().appendingPathComponent("merged.sqlite").path
        let outcome = try SweepMerge.merge(inputs: inputs, into: output)
        #expect(outcome.missing == ["a=4"])
        #expect(outcome.duplicates.map(\.key) == ["a=0"])
        #expect(outcome.stored == 5)
    }

    @Test("Inputs of different sweeps, or missing inputs, are refused")
    func differentSweeps() throws {
        let inputs = try shards(try SweepPlan(axes: [SweepAxis(parsing: "a=0,1")]), count: 1)
        defer { SweepFixture.remove(inputs[0]) }
        let directory = URL(fileURLWithPath: inputs[0]).deletingLastPathComponent()
        let foreign = directory.appendingPathComponent("other.sqlite").path
        try SweepStore(path: foreign).register(SweepRegistration(caseHash: "other", caseFile: "x.yaml", parameters: ["a"], fixedOptions: [],
                                                                 shard: nil, plannedKeys: ["a=0"]))
        let output = directory.appendingPathComponent("merged.sqlite").path
        #expect { try SweepMerge.merge(inputs: [inputs[0], foreign], into: output) } throws: {
            ($0 as? SweepInputError)?.message.contains("one sweep of one case") == true
        }
        #expect { try SweepMerge.merge(inputs: [inputs[0], "/nonexistent/x.sqlite"], into: output) } throws: {
            ($0 as? SweepInputError)?.description == "/nonexistent/x.sqlite: no such database file"
        }
    }
}
