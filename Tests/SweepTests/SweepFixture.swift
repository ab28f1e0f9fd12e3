import Foundation
import GridModel
import Scenario
@testable import Sweep

/// The Guangxi 2030 plan case over its first week, read from the data bundle beside the repository.
enum SweepFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let casePath = repository.appendingPathComponent("Models/guangxi/2030.yaml").path
    static let dataDirectory = repository.deletingLastPathComponent().appendingPathComponent("shared/data").path
    static let week = HourWindow(first: 1, last: 168)!

    static func settings(warm: Bool, vertices: Bool = true) -> SweepSettings {
        SweepSettings(casePath: casePath, dataDirectory: dataDirectory, window: week, warmStarts: warm, vertices: vertices)
    }

    /// A 3 × 3 grid of battery power and demand-response share.
    static func grid() throws -> SweepPlan {
        try SweepPlan(axes: [SweepAxis(parsing: "battery.power_mw=0:4000:2000"), SweepAxis(parsing: "plan.dr_share=0,0.04,0.08")])
    }

    /// A fresh database file in a fresh temporary directory.
    static func database() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("sweep.sqlite").path
    }

    /// Solves `plan` into a new database (or `store`), stopping after `stopAfter` stored points when given.
    static func run(_ plan: SweepPlan, warm: Bool = true, vertices: Bool = true, jobs: Int = 1, store: SweepStore? = nil,
                    stopAfter: Int? = nil) throws -> SweepStore {
        let store = try store ?? SweepStore(path: database())
        let caseHash = "test"
        try store.register(SweepRegistration(caseHash: caseHash, caseFile: casePath, parameters: plan.parameters, fixedOptions: [],
                                             shard: nil, plannedKeys: plan.points.map(\.key)))
        let tasks = try store.pending(plan.points.enumerated().map { SweepTask(position: $0.offset, point: $0.element) }, caseHash: caseHash)
        let runner = SweepRunner(settings: settings(warm: warm, vertices: vertices), caseHash: caseHash, store: store)
        let counter = Counter()
        let report = runner.run(tasks, jobs: jobs) { _ in
            if let stopAfter, counter.increment() >= stopAfter { runner.requestStop() }
        }
        if let error = report.storeError { throw error }
        return store
    }

    /// Solves `plan` into a new database and returns its records; the database is removed.
    static func records(_ plan: SweepPlan, warm: Bool = true, vertices: Bool = true, jobs: Int = 1) throws -> [SweepRecord] {
        let store = try run(plan, warm: warm, vertices: vertices, jobs: jobs)
        defer { remove(store.path) }
        return try store.records(caseHash: "test")
    }

    /// Removes the temporary directory of a database made by ``database()``.
    static func remove(_ databasePath: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: databasePath).deletingLastPathComponent())
    }

    /// A count shared with worker threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func increment() -> Int { lock.withLock { value += 1; return value } }
    }
}

/// Whether two objectives agree within `tolerance`, relative.
func agree(_ left: Double?, _ right: Double?, within tolerance: Double = 1e-6) -> Bool {
    guard let left, let right else { return false }
    return abs(left - right) <= tolerance * max(1, abs(left), abs(right))
}
