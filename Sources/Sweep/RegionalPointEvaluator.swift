import Analysis
import Foundation
import GridModel
import LinearProgramming
import Scenario
import Solving

/// Solves a regional sweep's points one after another on one thread: loads the regional case with the point's
/// values, solves its regional dispatch as `gridflex solve` does (one LP, or window by window as
/// ``RegionalSweepSettings/decomposition`` says) and records the whole, each region and each link.
final class RegionalPointEvaluator: SweepPointSolver {
    private let settings: RegionalSweepSettings
    private let cache: SeriesCache
    private let caseHash: String

    init(settings: RegionalSweepSettings, cache: SeriesCache, caseHash: String) {
        self.settings = settings
        self.cache = cache
        self.caseHash = caseHash
    }

    func evaluate(_ task: SweepTask) -> SweepRecord {
        let clock = ContinuousClock(), loadStart = clock.now
        let source: RegionalCase
        do {
            source = try settings.load(task.point, cache: cache).value
        } catch {
            return SweepRecord(caseHash: caseHash, point: task.point, position: task.position, status: SweepRecord.Outcome.inputError,
                               loadSeconds: (clock.now - loadStart).seconds, note: error.description)
        }
        let loadSeconds = (clock.now - loadStart).seconds
        let run: RegionalRun
        do {
            run = try solve(source, point: task.point, readSeconds: loadSeconds)
        } catch {
            return SweepRecord(caseHash: caseHash, point: task.point, position: task.position, status: SweepRecord.Outcome.solverError,
                               loadSeconds: loadSeconds, note: "\(error)")
        }
        let solver = run.summary.solver
        var record = SweepRecord(caseHash: caseHash, point: task.point, position: task.position, status: run.summary.status,
                                 iterations: solver.iterations, loadSeconds: loadSeconds, buildSeconds: solver.buildSeconds,
                                 solveSeconds: solver.solveSeconds, note: solver.notes.joined(separator: "; "))
        guard run.result.regions.first?.status.hasSolution ?? false else { return record }
        record.objective = run.summary.objective
        record.measures = SweepMeasures(regional: run)
        record.figures = Self.figures(of: run)
        record.summaryJSON = (try? JSONOutput.encoder(pretty: false).encode(run.summary)).map { String(decoding: $0, as: UTF8.self) }
        return record
    }

    /// Nothing to free: each point's GLPK problem is freed when its solve ends.
    func release() {}

    /// The regional dispatch of `source`, as one LP or window by window, each window read again with the point's values.
    private func solve(_ source: RegionalCase, point: SweepPoint, readSeconds: Double) throws -> RegionalRun {
        let method: SolveMethod = settings.base.vertices ? .vertex : .auto
        guard settings.decomposition.solvesByWindows(source) else {
            return try RegionalRun(case: source, method: method, readSeconds: readSeconds)
        }
        return try RegionalDecomposition.solve(source, method: method, readSeconds: readSeconds, windowCase: { window in
            try settings.load(point, window: window, cache: cache).value
        })
    }

    /// Per region (its code first): its objective, the headline measures a single-case sweep records, and how many of
    /// its targets are met and missed; per link (`link.NAME.`): energy sent each way and utilisation each way.
    static func figures(of run: RegionalRun) -> [PointFigure] {
        let regions = run.summary.regions.flatMap { region -> [PointFigure] in
            let met = region.targets.filter(\.met).count
            let values = [region.objective] + SweepMeasures(region.kpis).values + [Double(met), Double(region.targets.count - met)]
            return zip(regionFigureNames, values).map { PointFigure(name: "\(region.region).\($0)", value: $1) }
        }
        let links = run.summary.links.flatMap { link in
            zip(linkFigureNames, [link.forwardMWh, link.backwardMWh, link.forwardUtilisation, link.backwardUtilisation]).map {
                PointFigure(name: "link.\(link.name).\($0)", value: $1)
            }
        }
        return regions + links
    }

    /// The figures of each region, after its code.
    static let regionFigureNames = ["objective"] + SweepMeasures.columnNames + ["targets_met", "targets_missed"]
    /// The figures of each link, after `link.NAME.`.
    static let linkFigureNames = ["forward_mwh", "backward_mwh", "forward_utilisation", "backward_utilisation"]
}
