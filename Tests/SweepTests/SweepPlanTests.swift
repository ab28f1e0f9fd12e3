import Foundation
import Testing
@testable import Sweep

@Suite("Grids, orders and points files")
struct SweepPlanTests {
    @Test("Snake order: consecutive points differ in one parameter by one step, and every point comes once")
    func snakeNeighbours() throws {
        for sizes in [[3], [3, 3], [2, 3, 4], [4, 1, 3], [5, 2]] {
            let order = SweepPlan.snake(sizes: sizes)
            #expect(order.count == sizes.reduce(1, *))
            #expect(Set(order).count == order.count)
            for (a, b) in zip(order, order.dropFirst()) {
                let steps = zip(a, b).map { abs($0 - $1) }
                #expect(steps.reduce(0, +) == 1, "\(a) → \(b) in \(sizes)")
            }
        }
    }

    @Test("The order does not depend on the order of the --vary flags; the parameters keep it")
    func flagOrder() throws {
        let a = try SweepPlan(axes: [SweepAxis(parsing: "solar.capacity_mw=1,2,3"), SweepAxis(parsing: "battery.power_mw=0:10:5")])
        let b = try SweepPlan(axes: [SweepAxis(parsing: "battery.power_mw=0:10:5"), SweepAxis(parsing: "solar.capacity_mw=1,2,3")])
        #expect(a.points == b.points)
        #expect(a.parameters == ["solar.capacity_mw", "battery.power_mw"])
        #expect(a.points.first?.key == "battery.power_mw=0;solar.capacity_mw=1")
        #expect(a.values(of: "battery.power_mw") == ["0", "5", "10"])
    }

    @Test("A key varied twice is an error")
    func repeatedKey() {
        #expect(throws: SweepInputError.self) {
            _ = try SweepPlan(axes: [SweepAxis(parsing: "x=1,2"), SweepAxis(parsing: "x=3")])
        }
    }

    @Test("A points file: header of keys, one point per row, in the file's order; errors name the line")
    func pointsFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-points-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.csv").path
        try "solar.capacity_mw,battery.power_mw\n30000,0\n10000,2000.0\n\n".write(toFile: good, atomically: true, encoding: .utf8)
        let plan = try SweepPlan(pointsFile: good)
        #expect(plan.parameters == ["solar.capacity_mw", "battery.power_mw"])
        #expect(plan.points.map(\.key) == ["battery.power_mw=0;solar.capacity_mw=30000", "battery.power_mw=2000;solar.capacity_mw=10000"])

        let repeated = directory.appendingPathComponent("repeated.csv").path
        try "a,b\n1,2\n3,4\n1,2.0\n".write(toFile: repeated, atomically: true, encoding: .utf8)
        #expect { try SweepPlan(pointsFile: repeated) } throws: { ($0 as? SweepInputError)?.description == "\(repeated):4: repeats the point on line 2" }
        let short = directory.appendingPathComponent("short.csv").path
        try "a,b\n1\n".write(toFile: short, atomically: true, encoding: .utf8)
        #expect { try SweepPlan(pointsFile: short) } throws: { ($0 as? SweepInputError)?.description.hasPrefix("\(short):2: 1 values for 2 keys") == true }
    }

    @Test("A point's key reads back as the same point")
    func keyRoundTrip() {
        let point = SweepPoint(["b.x": "2", "a.y": "0.5"])
        #expect(point.key == "a.y=0.5;b.x=2")
        #expect(SweepPoint(key: point.key) == point)
        #expect(point.overrides.map(\.description) == ["a.y=0.5", "b.x=2"])
    }
}
