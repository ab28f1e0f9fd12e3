import Analysis
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
