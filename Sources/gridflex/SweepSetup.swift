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
    /// How a regional case's points are solved (nil for a single case).
    var regional: RegionalSweepSettings?

    /// A runner of this sweep's points into `store`.
    func runner(store: SweepStore) -> SweepRunner {
        guard let regional else { return SweepRunner(settings: settings, caseHash: caseHash, store: store, cache: cache) }
        return SweepRunner(regional: regional, caseHash: caseHash, store: store, cache: cache)
    }

    /// Every point of the sweep as a registration for the database.
    func registration(shard: Shard?) -> SweepRegistration {
        SweepRegistration(caseHash: caseHash, caseFile: settings.casePath, parameters: plan.parameters, fixedOptions: fixedOptions,
                          shard: shard?.description, plannedKeys: plan.points.map(\.key))
    }
}

/// Parses the sweep's flags and checks every key against the case before any point is solved.
enum SweepSetup {
    static func prepare(options: CaseOptions, vary: [String], points: String?, warmStarts: Bool, vertices: Bool,
                        decompose: RegionalCommands.Decomposition?) throws -> PreparedSweep {
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
        if RegionalCaseLoader.isRegional(path: options.casePath) {
            return try RegionalSweepSetup.prepare(options: options, plan: plan, fixed: fixed, points: points, vertices: vertices,
                                                  decompose: decompose ?? .auto)
        }
        if decompose != nil { throw Failure.input("--decompose applies to regional cases only (a file with 'regions:')") }
        let settings = SweepSettings(casePath: options.casePath, dataDirectory: options.dataDirectory, window: window,
                                     fixedOverrides: fixed, warmStarts: warmStarts, vertices: vertices)
        let cache = SeriesCache()
        let base: LoadedCase
        do {
            base = try CaseLoader.load(path: options.casePath, dataDirectory: options.dataDirectory, window: window, overrides: fixed, cache: cache)
        } catch {
            throw Failure.input(error.description)
        }
        try checkKeys(plan, source: points.map { "--points \($0)" }) { point throws(ScenarioError) in _ = try settings.load(point, cache: cache) }
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
    static func checkKeys(_ plan: SweepPlan, source: String?, load: (SweepPoint) throws(ScenarioError) -> Void) throws {
        for key in plan.parameters {
            let values = plan.values(of: key)
            for value in Set([values.first, values.last].compactMap { $0 }).sorted() {
                do {
                    try load(SweepPoint([key: value]))
                } catch {
                    throw Failure.input("\(source ?? "--vary \(key)"): with \(key)=\(value): \(error.description)")
                }
            }
        }
        guard let first = plan.points.first else { return }
        do {
            try load(first)
        } catch {
            throw Failure.input("\(source ?? "--vary"): the first point (\(first)) cannot be loaded: \(error.description)")
        }
    }
}
