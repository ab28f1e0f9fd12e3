import Analysis
import DispatchBuilder
import Foundation
import GridModel
import LinearProgramming
import Scenario
import Solving

/// Solves points one after another on one thread: loads the case with the point's values, builds its LP,
/// solves it with the worker's ``WarmStartSolver`` and summarises it as `gridflex solve` would.
final class PointEvaluator: SweepPointSolver {
    private let settings: SweepSettings
    private let cache: SeriesCache
    private let caseHash: String
    private let solver: WarmStartSolver

    init(settings: SweepSettings, cache: SeriesCache, caseHash: String) {
        self.settings = settings
        self.cache = cache
        self.caseHash = caseHash
        self.solver = WarmStartSolver(warmStarts: settings.warmStarts, vertices: settings.vertices)
    }

    /// The record of one point; a point that cannot be loaded or solved is a record too, with the reason.
    func evaluate(_ task: SweepTask) -> SweepRecord {
        let clock = ContinuousClock(), loadStart = clock.now
        let loaded: LoadedCase
        do {
            loaded = try settings.load(task.point, cache: cache)
        } catch {
            return SweepRecord(caseHash: caseHash, point: task.point, position: task.position, status: SweepRecord.Outcome.inputError,
                               loadSeconds: (clock.now - loadStart).seconds, note: error.description)
        }
        let loadSeconds = (clock.now - loadStart).seconds
        let buildStart = clock.now
        let model = DispatchModel(case: loaded.value)
        let modelSeconds = (clock.now - buildStart).seconds
        let outcome: WarmStartSolver.Outcome
        do {
            outcome = try solver.solve(model.program)
        } catch {
            return SweepRecord(caseHash: caseHash, point: task.point, position: task.position, status: SweepRecord.Outcome.solverError,
                               loadSeconds: loadSeconds, buildSeconds: modelSeconds, note: error.description)
        }
        let solution = outcome.solution
        let buildSeconds = modelSeconds + outcome.setupSeconds
        var record = SweepRecord(caseHash: caseHash, point: task.point, position: task.position, status: solution.status.rawValue,
                                 iterations: solution.iterations, warm: outcome.warm, loadSeconds: loadSeconds, buildSeconds: buildSeconds,
                                 solveSeconds: solution.seconds, note: outcome.notes.joined(separator: "; "))
        guard solution.status.hasSolution else { return record }
        let run = CaseRun(model: model, solution: solution, buildSeconds: buildSeconds, readSeconds: loadSeconds,
                          notes: solution.notes + outcome.notes)
        record.objective = run.summary.objective
        record.measures = SweepMeasures(run.summary.kpis)
        record.summaryJSON = Self.json(run.summary)
        return record
    }

    /// Frees the GLPK problem; call on the worker's thread before it ends.
    func release() {
        solver.release()
    }

    /// The summary as one line of JSON with sorted keys, as `gridflex solve --json` writes its fields.
    static func json(_ summary: CaseSummary) -> String? {
        return (try? JSONOutput.encoder(pretty: false).encode(summary)).map { String(decoding: $0, as: UTF8.self) }
    }
}
