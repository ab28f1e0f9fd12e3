import Analysis
import ArgumentParser
import Foundation
import Report
import Scenario
import Solving
import Workbook

/// `gridflex invest`: the least-cost portfolio of the case's candidates against the plan's own.
struct Invest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the least-cost portfolio of the case's candidates and compare it with the plan's (the case as written).",
        discussion: """
            Resources marked `invest:` (storage, curtailable load, wind, solar) or `retrofit:` (thermal) are the candidates;
            their capacities become columns of one LP with every tested target hard and the adequacy row. Capital is
            annualised (investment × capital recovery factor + fixed O&M) and prorated to the window. The least-cost
            portfolio and the case as written are then dispatched side by side: costs, targets met and the gap. On a
            regional case (a file with `regions:`) every region's candidates and every `expandable:` link are decided in
            one LP. See README.md, "Investment planning" and "Regional cases".
            """)

    @OptionGroup var options: CaseOptions

    @OptionGroup var language: LanguageOptions

    @OptionGroup var solver: SolverChoice

    @Flag(name: .customLong("soft-targets"), help: "Let the portfolio miss a target or the adequacy row at its penalty instead of meeting every tested target and the adequacy row in every hour.")
    var softTargets = false

    @Option(help: "Directory for investment.json, portfolio.csv, plan_comparison.csv and targets.csv.")
    var out: String?

    @Option(help: "Write a self-contained HTML page comparing the plan with the least-cost portfolio to this file.")
    var report: String?

    @Option(help: ArgumentHelp("Write an Excel workbook (portfolio, plan comparison, targets).", valueName: "FILE.xlsx"))
    var xlsx: String?

    @Flag(help: "Print the result as one JSON object on stdout.")
    var json = false

    func run() throws {
        try reportingFailures {
            if RegionalCaseLoader.isRegional(path: options.casePath) {
                return try RegionalInvest.run(options: options, solver: solver, softTargets: softTargets, out: out, json: json, language: language,
                                              refusing: [("--report", report != nil), ("--xlsx", xlsx != nil)])
            }
            let (loaded, readSeconds) = try options.load()
            guard let candidates = loaded.value.investment?.candidates, !candidates.isEmpty else {
                throw Failure.input("\(options.casePath): no candidates; mark a storage, curtailable load, wind or solar resource with `invest: {max_mw: …}` "
                                    + "or a thermal plant with `retrofit: {…}` (README, Investment planning)")
            }
            let run: InvestmentRun
            do {
                run = try InvestmentRun(case: loaded.value, method: solver.method, timeLimitSeconds: solver.timeLimit, softTargets: softTargets,
                                        readSeconds: readSeconds) { FileHandle.standardError.write(Data("invest: \($0)\n".utf8)) }
            } catch {
                throw Failure.solver("\(error)")
            }
            let result = run.result
            if let out { try InvestmentFiles.write(result, to: out) }
            print(json ? try OutputFiles.json(result) : InvestmentText.render(result, solver: run.solver, in: language.localizer), terminator: json ? "\n" : "")
            if let xlsx { try CaseWorkbook.write(Workbook(sheets: InvestmentFiles.sheets(result)), to: xlsx) }
            if let report {
                do {
                    try Data(InvestmentReport.document(result, in: language.localizer).html().utf8).write(to: URL(fileURLWithPath: report))
                } catch {
                    throw Failure.output("cannot write the report to \(report): \(error.localizedDescription)")
                }
            }
        }
    }
}
