import Testing
@testable import Sweep
import TestSupport

@Suite("Shards")
struct ShardTests {
    @Test("Over random grids, the shards are disjoint, cover the grid, are contiguous and do not depend on the flag order")
    func partitionProperty() throws {
        var random = SplitMix64(state: 2030)
        for _ in 0..<200 {
            let axisCount = Int.random(in: 1...3, using: &random)
            let axes = try (0..<axisCount).map { index in
                try SweepAxis(parsing: "key\(index)=0:\(Int.random(in: 0...6, using: &random)):1")
            }
            let plan = try SweepPlan(axes: axes)
            let shuffled = try SweepPlan(axes: axes.shuffled(using: &random))
            let count = Int.random(in: 1...(plan.points.count + 3), using: &random)
            var seen: [String: Int] = [:]
            var next = 0
            for index in 0..<count {
                let shard = try #require(Shard(index: index, count: count))
                let range = shard.range(in: plan.points.count)
                #expect(range.lowerBound == next, "contiguous, in order")
                next = range.upperBound
                #expect(plan.points[range] == shuffled.points[range])
                for point in plan.points[range] { seen[point.key, default: 0] += 1 }
                #expect(abs(range.count - plan.points.count / count) <= 1, "balanced")
            }
            #expect(next == plan.points.count)
            #expect(seen.count == plan.points.count && seen.values.allSatisfy { $0 == 1 })
        }
    }

    @Test("K/N parses with 0 ≤ K < N; anything else names --shard and what is valid", arguments: ["3/3", "-1/2", "a/b", "1/0", "1", "1/2/3", ""])
    func badShards(text: String) {
        #expect {
            _ = try Shard(parsing: text)
        } throws: { error in
            let description = (error as? SweepInputError)?.description ?? ""
            return description.hasPrefix("--shard \(text):") && description.contains("0 ≤ K < N")
        }
    }

    @Test("Shard databases sit beside the sweep's")
    func names() throws {
        #expect(try Shard(parsing: "2/4").description == "2/4")
        #expect(SweepFiles.database("out/sweep.sqlite", shard: Shard(index: 2, count: 4)) == "out/sweep.shard-2-of-4.sqlite")
        #expect(SweepFiles.database("sweep.sqlite", shard: nil) == "sweep.sqlite")
        #expect(SweepFiles.sibling(of: "/tmp/a/run.sqlite", extension: "svg") == "/tmp/a/run.svg")
    }
}
