import Foundation
import Scenario
import Solving
import Sweep

/// A sweep of a regional case (a file with `regions:`) checked and ready to run: its keys are `REGION.KEY` and
/// `link.NAME.KEY` (``Scenario/RegionalOverrides``), each point a regional dispatch solved cold.
enum RegionalSweepSetup {
    static func prepare(options: CaseOptions, plan: SweepPlan, fixed: [Override], points: String?, vertices: Bool,
                        decompose: RegionalCommands.Decomposition) throws -> PreparedSweep {
        try RegionalCommands.refuse([("--soft-aspirational", options.softAspirational)])
        let base = SweepSettings(casePath: options.casePath, dataDirectory: options.dataDirectory, window: try options.window(),
                                 fixedOverrides: fixed, warmStarts: false, vertices: vertices)
        let settings = RegionalSweepSettings(base: base, decomposition: decompose)
        let cache = SeriesCache()
        let loaded: LoadedRegionalCase
        do {
            loaded = try settings.load(SweepPoint([:]), cache: cache)
        } catch {
            throw Failure.input(error.description)
        }
        try SweepSetup.checkKeys(plan, source: points.map { "--points \($0)" }) { point throws(ScenarioError) in
            _ = try settings.load(point, cache: cache)
        }
        let fixedOptions = fixed.map { "--set \($0)" } + (options.hours.map { ["--hours \($0)"] } ?? [])
        let caseHash: String
        do {
            caseHash = try CaseFingerprint.hash(regionalFile: options.casePath, regions: loaded.regions.map { try CaseSources(casePath: $0.file) },
                                                dataDirectory: loaded.dataDirectory.url, fixedOptions: fixedOptions)
        } catch let error as SweepInputError {
            throw Failure.input(error.description)
        } catch {
            throw Failure.input("\(error)")
        }
        return PreparedSweep(settings: base, plan: plan, caseHash: caseHash, fixedOptions: fixedOptions, dataDirectory: loaded.dataDirectory,
                             cache: cache, regional: settings)
    }
}
