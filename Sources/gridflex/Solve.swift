import Analysis
import ArgumentParser
import Foundation
import LinearProgramming
import Scenario
import Solving

/// `gridflex solve`: least-cost dispatch of one case and its summary.
struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Solve a case and print its summary.")

    @OptionGroup var options: CaseOptions

    @OptionGroup var language: LanguageOptions

    @OptionGroup var solver: SolverChoice

    @Option(help: "Directory for summary.json and hourly.csv.")
    var out: String?

    @Option(help: "Write a self-contained HTML report (charts as inline SVG, no network needed) to this file.")
    var report: String?

    @Option(help: ArgumentHelp("Write an Excel workbook (summary, resources, targets, assumptions, hourly table).", valueName: "FILE.xlsx"))
    var xlsx: String?

    @Flag(help: "Print the summary as one JSON object on stdout.")
    var json = false

    @Flag(help: "Print GLPK's own output on stderr.")
    var verbose = false

    @Option(help: ArgumentHelp("Regional cases only: auto (window by window above \(RegionalDecomposition.largestSingleLPRegions) regions), "
        + "never (one LP) or weeks (one LP per week, storage levels handed on).", valueName: "auto|never|weeks"))
    var decompose: RegionalCommands.Decomposition?

    @Flag(help: "Re-solve once without each flexibility group (pumped hydro, new storage, DR, all) and report what each buys.")
    var contributions = false

    func run() throws {
        try reportingFailures {
            if RegionalCaseLoader.isRegional(path: options.casePath) { return try solveRegional() }
            if decompose != nil { throw Failure.input("--decompose applies to regional cases only (a file with 'regions:')") }
            let (loaded, readSeconds) = try options.load()
            let run: CaseRun
            do {
                run = try CaseRun(case: loaded.value, method: solver.method, timeLimitSeconds: solver.timeLimit, readSeconds: readSeconds, keepLog: verbose)
            } catch {
                throw Failure.solver("\(error)")
            }
            if verbose { FileHandle.standardError.write(Data(run.solverLog.utf8)) }
            var summary = run.summary
            if contributions {
                summary.contributions = try ContributionRuns.rows(for: Contributions.groups(in: loaded.value), case: loaded.value, baseline: run,
                                                                  method: solver.method)
            }
            if let out { try OutputFiles.write(run, summary: summary, case: loaded.value, to: out) }
            print(json ? try OutputFiles.json(summary) : SummaryText.render(summary, in: language.localizer), terminator: json ? "\n" : "")
            guard run.result.status.hasSolution else {
                throw Failure.solver("the solver ended with status '\(run.result.status.rawValue)'; no dispatch to report")
            }
            if let xlsx {
                let hourly = HourlyTable(case: loaded.value, result: run.result)
                try CaseWorkbook.write(CaseWorkbook.workbook(summary: run.summary, hourly: hourly, in: language.localizer), to: xlsx)
            }
            // Last, so that the summary and the hourly file are out even when the report cannot be written.
            if let report { try ReportFile.write(run, loaded: loaded, in: language.localizer, to: report) }
        }
    }

    /// `solve` on a regional case: the joined LP, then the whole, each region and the links.
    private func solveRegional() throws {
        try RegionalCommands.refuse([("--contributions", contributions), ("--xlsx", xlsx != nil)])
        let (loaded, readSeconds) = try RegionalCommands.load(options)
        let run = try RegionalCommands.solve(loaded, options: options, decompose: decompose ?? .auto, method: solver.method, timeLimitSeconds: solver.timeLimit,
                                             readSeconds: readSeconds, keepLog: verbose)
        if verbose { FileHandle.standardError.write(Data(run.solverLog.utf8)) }
        if let out { try RegionalCommands.write(run, to: out) }
        print(json ? try OutputFiles.json(run.summary) : RegionalText.render(run.summary, in: language.localizer), terminator: json ? "\n" : "")
        guard run.result.regions.first?.status.hasSolution ?? false else {
            let scheduled = loaded.value.links.filter(\.mustFlow).map(\.name)
            let hint = scheduled.isEmpty ? "" : "; the must-flow (min_flow_profile) of \(scheduled.joined(separator: ", ")) may ask more than "
                + "the sending region can supply in some hour (its fleet and imports, plus at most its own load left unserved)"
            throw Failure.solver("the solver ended with status '\(run.summary.status)'; no dispatch to report\(hint)")
        }
        if let report { try ReportFile.write(run, loaded: loaded, in: language.localizer, to: report) }
    }
}
