import Analysis
import Foundation
import Scenario
import Solving
import Workbook

/// `invest` on a regional case (a file with `regions:`): one investment LP over every region's candidates and every
/// expandable link.
enum RegionalInvest {
    /// Runs it and prints (or writes) the result; `out` gets `investment.json`, `links.csv` and each region's
    /// `invest --out` files under `REGION/`.
    static func run(options: CaseOptions, solver: SolverChoice, softTargets: Bool, out: String?, json: Bool, language: LanguageOptions,
                    refusing given: [(option: String, isGiven: Bool)]) throws {
        try RegionalCommands.refuse(given)
        let (loaded, readSeconds) = try RegionalCommands.load(options)
        let source = loaded.value
        guard source.hasInvestmentDecisions else {
            throw Failure.input("\(options.casePath): nothing to decide; mark candidates in a region's case file (`invest:` or `retrofit:`, README, "
                                + "Investment planning) or a link `expandable: {max_mw: …, length_km: …, technology: hvac|hvdc}`")
        }
        guard !RegionalDecomposition.isTooLargeForOneLP(source) else {
            throw Failure.input("\(options.casePath): \(source.regions.count) regions over \(source.regions.first?.hours ?? 0) hours make an investment LP "
                                + "too large for one solve, and the investment LP is not decomposed; give --hours (at most "
                                + "\(RegionalDecomposition.windowHours)) or at most \(RegionalDecomposition.largestSingleLPRegions) regions")
        }
        let run: RegionalInvestmentRun
        do {
            run = try RegionalInvestmentRun(case: source, method: solver.method, timeLimitSeconds: solver.timeLimit, softTargets: softTargets,
                                            readSeconds: readSeconds) { FileHandle.standardError.write(Data("invest: \($0)\n".utf8)) }
        } catch {
            throw Failure.solver("\(error)")
        }
        if let out { try write(run.result, to: out) }
        print(json ? try OutputFiles.json(run.result) : RegionalInvestmentText.render(run.result, solver: run.solver, in: language.localizer),
              terminator: json ? "\n" : "")
    }

    /// Writes `investment.json`, `links.csv` and each region's files under `REGION/` into `directory`.
    static func write(_ result: RegionalInvestmentResult, to directory: String) throws {
        let url = URL(fileURLWithPath: directory)
        let links = Sheet(name: "links", header: ["link", "forward_capacity_mw", "backward_capacity_mw", "added_mw", "max_mw", "length_km", "technology",
                                                  "cost_eur_per_mw_year", "capital_cost_eur", "cost_source"],
                          rows: result.links.map { link -> [Cell] in
                              [.text(link.link), .number(link.forwardCapacityMW), .number(link.backwardCapacityMW), .number(link.addedMW), .number(link.maxMW),
                               .number(link.lengthKM), .text(link.technology ?? ""), .number(link.costEURPerMWYear), .number(link.capitalCostEUR),
                               .text(link.costSource)]
                          })
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(OutputFiles.json(result).utf8).write(to: url.appendingPathComponent("investment.json"))
            try Data(links.csv().utf8).write(to: url.appendingPathComponent("links.csv"))
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.output("cannot write to \(directory): \(error.localizedDescription)")
        }
        for region in result.regions { try InvestmentFiles.write(region.investment, to: url.appendingPathComponent(region.region).path) }
    }
}
