import Analysis
import ArgumentParser
import DispatchBuilder
import Foundation
import GridModel
import LinearProgramming
import Scenario
import Solving

/// What `solve`, `validate` and `export` do with a regional case (a file with `regions:`).
enum RegionalCommands {
    /// Options a regional case does not take yet: the first one given is refused as bad input (exit 1), named.
    static func refuse(_ given: [(option: String, isGiven: Bool)]) throws {
        if let first = given.first(where: \.isGiven) {
            throw Failure.input("\(first.option) is not available for a regional case (a file with 'regions:'); "
                + "set values in each region's own case file and solve the regional case as it is")
        }
    }

    /// Whether a regional case is solved as one LP or window by window (``RegionalDecomposition``).
    typealias Decomposition = RegionalDecomposition.Choice

    /// Solves a loaded regional case, with `change` applied to it (or to each window's case), as one LP or window by
    /// window, each window re-read from its files over its hours.
    static func solve(_ loaded: LoadedRegionalCase, options: CaseOptions, decompose: Decomposition, method: SolveMethod,
                      timeLimitSeconds: Double? = nil, readSeconds: Double, keepLog: Bool = false,
                      changing change: (RegionalCase) -> RegionalCase = { $0 }) throws -> RegionalRun {
        let source = change(loaded.value)
        let windowed = decompose.solvesByWindows(source)
        do {
            guard windowed else {
                return try RegionalRun(case: source, method: method, timeLimitSeconds: timeLimitSeconds, readSeconds: readSeconds, keepLog: keepLog)
            }
            let cache = SeriesCache()
            return try RegionalDecomposition.solve(source, method: method, timeLimitSeconds: timeLimitSeconds, readSeconds: readSeconds, windowCase: { window in
                do {
                    return change(try RegionalCaseLoader.load(path: options.casePath, dataDirectory: options.dataDirectory, window: window,
                                                              cache: cache).value)
                } catch {
                    throw Failure.input("\(error)")
                }
            }, progress: { FileHandle.standardError.write(Data("\($0)\n".utf8)) })
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.solver("\(error)")
        }
    }

    /// Loads a regional case, timing it.
    static func load(_ options: CaseOptions) throws -> (LoadedRegionalCase, seconds: Double) {
        try refuse([("--set", !options.overrides.isEmpty), ("--soft-aspirational", options.softAspirational)])
        let window = try options.window()
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let loaded = try RegionalCaseLoader.load(path: options.casePath, dataDirectory: options.dataDirectory, window: window)
            return (loaded, (clock.now - start).seconds)
        } catch {
            throw Failure.input(error.description)
        }
    }

    /// Writes `summary.json` (the whole), `links.csv` and each region's `summary.json` and `hourly.csv` under
    /// `REGION/` into `directory`.
    static func write(_ run: RegionalRun, to directory: String) throws {
        let url = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(OutputFiles.json(run.summary).utf8).write(to: url.appendingPathComponent("summary.json"))
            let prices = zip(run.model.regions, run.result.regions).map { ($0.source.region, $1.priceEURPerMWh) }
            let table = LinkTable.csv(links: run.result.links, prices: prices, firstHour: run.model.source.window?.first ?? 1)
            try Data(table.utf8).write(to: url.appendingPathComponent("links.csv"))
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.output("cannot write to \(directory): \(error.localizedDescription)")
        }
        for region in run.regions {
            try OutputFiles.write(region, case: region.model.source, to: url.appendingPathComponent(region.model.source.region).path)
        }
    }
}

extension RegionalDecomposition.Choice: ExpressibleByArgument {}
