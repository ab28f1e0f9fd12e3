import Analysis
import ArgumentParser
import Foundation
import GridModel
import Scenario
import Solving

/// `gridflex plan`: plans as data.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "List plan targets, check a case against its plan, or draft a plan file from a document.",
        subcommands: [List.self, Check.self, PlanExtractCommand.self])

    /// `gridflex plan list [REGION]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print each plan target with its id, year, value, qualifier and quote.")

        @Argument(help: "Region folder under the models directory (guangxi, jiangxi, luzhou, guangzhou, yinchuan); all when omitted.")
        var region: String?

        @Option(help: "Directory holding <region>/plan.yaml.")
        var models = "Models"

        func run() throws {
            try reportingFailures {
                let regions: [String]
                if let region {
                    regions = [region]
                } else {
                    let entries = (try? FileManager.default.contentsOfDirectory(atPath: models)) ?? []
                    regions = entries.sorted().filter { FileManager.default.fileExists(atPath: "\(models)/\($0)/plan.yaml") }
                    guard !regions.isEmpty else { throw Failure.input("\(models): no <region>/plan.yaml found; pass --models DIR") }
                }
                for (index, region) in regions.enumerated() {
                    do {
                        let plan = try PlanLoader.load(path: "\(models)/\(region)/plan.yaml")
                        print((index > 0 ? "\n" : "") + PlanText.list(plan), terminator: "")
                    } catch {
                        throw Failure.input("\(error)")
                    }
                }
            }
        }
    }

    /// `gridflex plan check CASE.yaml`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve a case and print each plan target as required vs achieved, met or not, with shadow prices, and what "
                + "each flexibility group the plan sets buys (the case re-solved without it).")

        @OptionGroup var options: CaseOptions

        @OptionGroup var language: LanguageOptions

        @Option(help: "auto, simplex or interior.")
        var method: SolveMethod = .auto

        @Option(help: ArgumentHelp("Regional cases only: auto, never or weeks (as solve --decompose).", valueName: "auto|never|weeks"))
        var decompose: RegionalCommands.Decomposition?

        @Option(help: "Directory for summary.json, plan_check.json and hourly.csv.")
        var out: String?

        @Option(help: ArgumentHelp("Write an Excel workbook (summary, plan targets with quotes, resources, hourly table).", valueName: "FILE.xlsx"))
        var xlsx: String?

        @Flag(help: "Print the check as one JSON object on stdout.")
        var json = false

        @Option(help: "Write a self-contained HTML report with the plan's compliance table to this file.")
        var report: String?

        func run() throws {
            try reportingFailures {
                if RegionalCaseLoader.isRegional(path: options.casePath) { return try checkRegional() }
                if decompose != nil { throw Failure.input("--decompose applies to regional cases only (a file with 'regions:')") }
                let (loaded, readSeconds) = try options.load()
                guard let plan = loaded.plan, let year = loaded.planYear else {
                    throw Failure.input("\(loaded.file): the case applies no plan; add a 'plan:' block with file and year")
                }
                let run: CaseRun
                do {
                    run = try CaseRun(case: loaded.value, method: method, readSeconds: readSeconds)
                } catch {
                    throw Failure.solver("\(error)")
                }
                var check = PlanCompliance.evaluate(plan: plan, year: year, applications: loaded.planApplications, case: loaded.value, summary: run.summary)
                check.addCaseTargets()
                let groups = Contributions.groups(setBy: loaded.planApplications, in: loaded.value)
                check.add(contributions: try ContributionRuns.rows(for: groups, case: loaded.value, baseline: run, method: method),
                          applications: loaded.planApplications)
                if let out {
                    try OutputFiles.write(run, case: loaded.value, to: out)
                    try OutputFiles.writeJSON(check, to: "\(out)/plan_check.json")
                }
                if json {
                    print(try OutputFiles.json(check))
                } else {
                    print(SummaryText.render(run.summary, in: language.localizer))
                    print(PlanText.check(check, in: language.localizer), terminator: "")
                }
                if let xlsx {
                    let hourly = HourlyTable(case: loaded.value, result: run.result)
                    try CaseWorkbook.write(CaseWorkbook.workbook(summary: run.summary, hourly: hourly, plan: check, in: language.localizer), to: xlsx)
                }
                if let report { try ReportFile.write(run, loaded: loaded, plan: check, in: language.localizer, to: report) }
            }
        }

        /// `plan check` on a regional case: each planned region on the regional dispatch.
        private func checkRegional() throws {
            try RegionalCommands.refuse([("--xlsx", xlsx != nil)])
            let (loaded, readSeconds) = try RegionalCommands.load(options)
            let (run, checks) = try RegionalPlanCheck.run(loaded) { change in
                try RegionalCommands.solve(loaded, options: options, decompose: decompose ?? .auto, method: method, readSeconds: readSeconds, changing: change)
            }
            if let out {
                try RegionalCommands.write(run, to: out)
                for check in checks { try OutputFiles.writeJSON(check.check, to: "\(out)/\(check.region)/plan_check.json") }
            }
            if json {
                print(try OutputFiles.json(RegionalPlanCheck.Output(regions: checks, groupTargets: run.summary.groupTargets)))
            } else {
                print(RegionalText.render(run.summary, in: language.localizer))
                for check in checks {
                    print(language.localizer(.regRegionHeading, ["region": check.region]))
                    print(PlanText.check(check.check, in: language.localizer), terminator: "")
                }
            }
            // Last, so that everything else is out even when the report cannot be written.
            if let report { try ReportFile.write(run, loaded: loaded, plans: checks.map(\.check), in: language.localizer, to: report) }
        }
    }
}
