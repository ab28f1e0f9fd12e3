import Foundation
import Scenario
import Sweep

/// A sweep checked and ready to run: its points, its settings and the fingerprint its results are stored under.
struct PreparedSweep {
    let settings: SweepSettings
    let plan: SweepPlan
    let caseHash: String
    /// `--set K=V` and `--hours A-B` as written: part of the fingerprint and of a Slurm task's command line.
    let fixedOptions: [String]
    /// The data directory the case reads.
    let dataDirectory: DataDirectory
    /// The series read while checking, for the run to reuse.
    let cache: SeriesCache

    /// Every point of the sweep as a registration for the database.
    func registration(shard: Shard?) -> SweepRegistration {
        SweepRegistration(caseHash: caseHash, caseFile: settings.casePath, parameters: plan.parameters, fixedOptions: fixedOptions,
                          shard: shard?.description, plannedKeys: plan.points.map(\.key))
    }
}

/// Parses the sweep's flags and checks every key against the case before any point is solved.
enum SweepSetup {
    static func prepare(options: CaseOptions, vary: [String], points: String?, warmStarts: Bool, vertices: Bool) throws -> PreparedSweep {
        let window = try options.window()
        let fixed = try options.parsedOverrides()
        let plan: SweepPlan
        do {
            plan = try points.map(SweepPlan.init(pointsFile:)) ?? SweepPlan(axes: vary.map(SweepAxis.init(parsing:)))
        } catch let error as SweepInputError {
            throw Failure.input(error.description)
        }
        for key in plan.parameters where fixed.contains(where: { $0.key == key }) {
            throw Failure.input("--vary \(key): the key is also fixed with --set; a key is either fixed or varied")
        }
        let settings = SweepSettings(casePath: options.casePath, dataDirectory: options.dataDirectory, window: window,
                                     fixedOverrides: fixed, warmStarts: warmStarts, vertices: vertices)
        let cache = SeriesCache()
        let base: LoadedCase
        do {
            base = try CaseLoader.load(path: options.casePath, dataDirectory: options.dataDirectory, window: window, overrides: fixed, cache: cache)
        } catch {
            throw Failure.input(error.description)
        }
        try checkKeys(plan, settings: settings, cache: cache, source: points.map { "--points \($0)" })
        let fixedOptions = fixed.map { "--set \($0)" } + (options.hours.map { ["--hours \($0)"] } ?? [])
        let caseHash: String
        do {
            caseHash = try CaseFingerprint.hash(sources: CaseSources(casePath: options.casePath), dataDirectory: base.dataDirectory.url,
                                                fixedOptions: fixedOptions)
        } catch let error as SweepInputError {
            throw Failure.input(error.description)
        } catch {
            throw Failure.input("\(error)")
        }
        return PreparedSweep(settings: settings, plan: plan, caseHash: caseHash, fixedOptions: fixedOptions, dataDirectory: base.dataDirectory,
                             cache: cache)
    }

    /// Loads the case with each key alone at its lowest and highest value, then with the first point, so that
    /// an unknown key or a value out of range is reported once, naming the flag, before hours of solving.
    private static func checkKeys(_ plan: SweepPlan, settings: SweepSettings, cache: SeriesCache, source: String?) throws {
        for key in plan.parameters {
            let values = plan.values(of: key)
            for value in Set([values.first, values.last].compactMap { $0 }).sorted() {
                do {
                    _ = try settings.load(SweepPoint([key: value]), cache: cache)
                } catch {
                    throw Failure.input("\(source ?? "--vary \(key)"): with \(key)=\(value): \(error.description)")
                }
            }
        }
        guard let first = plan.points.first else { return }
        do {
            _ = try settings.load(first, cache: cache)
        } catch {
            throw Failure.input("\(source ?? "--vary"): the first point (\(first)) cannot be loaded: \(error.description)")
        }
    }
}
