import ArgumentParser
import Foundation
import Sweep

/// Runs a prepared sweep (or one shard of it) into its database, then writes the chart, CSV, workbook and report.
struct SweepExecution {
    let sweep: PreparedSweep
    let shard: Shard?
    let database: String
    let jobs: Int?
    let resume: Bool
    let outputs: SweepOutputs.Requested

    func perform() throws {
        let store = try SweepOutputs.open(database)
        do { try store.register(sweep.registration(shard: shard)) } catch { throw Failure.output(error.description) }
        let positions = shard?.range(in: sweep.plan.points.count) ?? 0..<sweep.plan.points.count
        let tasks = positions.map { SweepTask(position: $0, point: sweep.plan.points[$0]) }
        let pending: [SweepTask], others: Int
        do {
            pending = try store.pending(tasks, caseHash: sweep.caseHash)
            others = try store.otherPointCount(caseHash: sweep.caseHash)
        } catch {
            // Reading the points a database already holds fails only on a damaged or foreign database: bad input.
            throw Failure.input("\(error.description); give a sweep database written by gridflex, or another --db")
        }
        let alreadyDone = tasks.count - pending.count
        if alreadyDone > 0, !resume {
            throw Failure.input("\(database) already holds \(alreadyDone) of these \(tasks.count) points; add --resume to solve only the others, "
                                + "or give another --db")
        }
        let workers = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, max(1, pending.count))
        let progress = SweepProgress(total: tasks.count, alreadyDone: alreadyDone)
        if others > 0 {
            progress.message("note: \(database) also holds \(others) points of other versions of this case or its fixed options; they are kept, not reused")
        }
        progress.message("sweep\(shard.map { " shard \($0)" } ?? ""): \(tasks.count) points, \(alreadyDone) already stored, \(pending.count) to solve "
                         + "on \(workers) worker\(workers == 1 ? "" : "s") (\(sweep.regional != nil ? "regional dispatch, each point cold" : sweep.settings.warmStarts ? "warm starts" : "--cold")); results in \(database)")
        let runner = sweep.runner(store: store)
        let signals = StopSignals(runner: runner, progress: progress, database: database)
        let outcome = runner.run(pending, jobs: workers) { progress.record($0) }
        signals.remove()
        progress.finish()
        if let error = outcome.storeError {
            throw Failure.output("\(error.description). Every point stored before it is safe; fix the cause and run again with --resume")
        }
        let files = try SweepOutputs.write(store: store, caseHash: sweep.caseHash, database: database, requested: outputs)
        let records = files.records
        let keys = Set(tasks.map(\.point.key))
        let mine = records.filter { keys.contains($0.point.key) }
        let done = mine.count
        let unsolved = mine.filter { $0.objective == nil }
        print("Stored \(done) of \(tasks.count) points in \(database): \(outcome.stored) solved now (\(outcome.warm) warm, "
              + "\(outcome.stored - outcome.warm) cold). Chart: \(files.chart)\(outputs.csv.map { ". CSV: \($0)" } ?? "")"
              + "\(outputs.xlsx.map { ". Workbook: \($0)" } ?? "")\(outputs.report.map { ". Report: \($0)" } ?? "").")
        if let first = unsolved.first {
            print("\(unsolved.count) point\(unsolved.count == 1 ? " has" : "s have") no solution; the first, \(first.point): \(first.status): \(first.note)")
        }
        if outcome.stopped {
            FileHandle.standardError.write(Data("interrupted: \(done) of \(tasks.count) points are stored in \(database); run the same command with --resume to solve the other \(tasks.count - done)\n".utf8))
            throw ExitCode(130)
        }
    }
}
