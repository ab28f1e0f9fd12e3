import Analysis
import ArgumentParser
import Foundation
import GridModel
import Report
import Scenario
import Solving

/// `gridflex compare SUMMARY.json|CASE.yaml …`: cases side by side, with differences against the first.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Put cases side by side: capacities, costs, curtailment, utilisation, adequacy and targets, with differences against the first.")

    @Argument(help: ArgumentHelp(
        "summary.json or plan_check.json files (from solve or plan check --out) or case files (YAML, solved here); the first is the base.",
        valueName: "SUMMARY.json|CASE.yaml"))
    var inputs: [String] = []

    @Option(name: .customLong("data-dir"), help: "Directory of the data bundle, for case files (default: $GRIDFLEX_DATA, ./Data, ../shared/data).")
    var dataDirectory: String?

    @Option(help: "Window of hours of the year for case files, A-B within 1-8760 (default: each case's own).")
    var hours: String?

    @Option(help: "auto, simplex or interior, for case files.")
    var method: SolveMethod = .auto

    @OptionGroup var language: LanguageOptions

    @Flag(help: "Print the comparison as one JSON object on stdout (always MW and MWh, English keys).")
    var json = false

    @Option(help: ArgumentHelp("Also write the comparison as an Excel workbook.", valueName: "FILE.xlsx"))
    var xlsx: String?

    @Option(help: ArgumentHelp("Also write a self-contained HTML page of the comparison.", valueName: "FILE.html"))
    var report: String?

    func validate() throws {
        if inputs.count < 2 { throw ValidationError("give at least two inputs (summary.json files or case files) to compare") }
        if let hours, HourWindow(parsing: hours) == nil { throw ValidationError("--hours \(hours): write A-B with 1 ≤ A ≤ B ≤ 8760, e.g. 1-168") }
    }

    func run() throws {
        try reportingFailures {
            let comparison = CaseComparison(try inputs.map(input))
            print(json ? try OutputFiles.json(comparison) : ComparisonText.render(comparison, in: language.localizer), terminator: json ? "\n" : "")
            if let xlsx { try CaseWorkbook.write(ComparisonWorkbook.workbook(comparison, in: language.localizer), to: xlsx) }
            if let report {
                do {
                    try Data(ComparisonReport.document(comparison, in: language.localizer).html().utf8).write(to: URL(fileURLWithPath: report))
                } catch {
                    throw Failure.output("cannot write the report to \(report): \(error.localizedDescription)")
                }
            }
        }
    }

    /// What a JSON file holds (a `summary.json` or a `plan_check.json`), or what solving a case file gives
    /// (with its plan check when it applies a plan).
    func input(_ path: String) throws -> CaseComparison.Input {
        guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw Failure.input("\(path): cannot read the file: \(error.localizedDescription)")
            }
            if let check = try? JSONDecoder().decode(PlanCheck.self, from: data) { return .init(summary: check.summary, plan: check) }
            do { return .init(summary: try JSONDecoder().decode(CaseSummary.self, from: data)) } catch {
                throw Failure.input("\(path): not a summary.json or plan_check.json of gridflex (nor a case file ending in .yaml): \(error)")
            }
        }
        let loaded: LoadedCase
        do {
            loaded = try CaseLoader.load(path: path, dataDirectory: dataDirectory, window: hours.flatMap { HourWindow(parsing: $0) }, overrides: [])
        } catch {
            throw Failure.input(error.description)
        }
        do {
            let run = try CaseRun(case: loaded.value, method: method, readSeconds: 0)
            guard run.result.status.hasSolution else { throw Failure.solver("\(path): the solver ended with status '\(run.result.status.rawValue)'") }
            let plan = loaded.plan.flatMap { plan in
                loaded.planYear.map { PlanCompliance.evaluate(plan: plan, year: $0, applications: loaded.planApplications, case: loaded.value, summary: run.summary) }
            }
            return .init(summary: run.summary, plan: plan)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.solver("\(path): \(error)")
        }
    }
}
