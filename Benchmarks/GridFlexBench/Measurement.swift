import Analysis
import DispatchBuilder
import Foundation
import GridModel
import LinearProgramming
import Scenario
import Solving

/// One case solved over one window in this process, phase by phase, as `gridflex solve --out` does it.
struct Measurement: Codable {
    /// The case file.
    var casePath: String
    /// The window, `A-B`.
    var window: String
    /// Hours in the window.
    var hours: Int
    /// Reading the case file and its series, s.
    var readSeconds: Double
    /// Building the LP, s.
    var buildSeconds: Double
    /// Loading the LP into GLPK, s.
    var loadSeconds: Double
    /// GLPK's solve as `gridflex solve` runs it (`--method auto`: interior point, then the crossover to a vertex), s.
    var solveSeconds: Double
    /// Of `solveSeconds`, the crossover's, s (0 when none ran).
    var crossoverSeconds: Double
    /// Reading the solution back and summarising it, s.
    var summarizeSeconds: Double
    /// Writing summary.json and hourly.csv, s.
    var writeSeconds: Double
    /// The algorithm that produced the answer.
    var method: String
    /// Solver iterations.
    var iterations: Int
    /// What the solver noted, e.g. that GLPK stopped interior point on numerical instability and its best point
    /// was accepted.
    var notes: [String]
    /// LP size.
    var columns: Int, rows: Int, nonzeros: Int
    /// Operating cost, EUR.
    var objective: Double
    /// Peak resident memory when the case was read, and when it was solved, MB (VmHWM of the process).
    var peakAfterReadMB: Double, peakAfterSolveMB: Double
    /// Filled in by the parent from wait4: the process's wall time (s) and peak resident memory (MB).
    var processSeconds: Double?
    var processPeakMB: Double?

    /// Reads, builds, loads, solves, summarises and writes `casePath` over `window`: the steps of `gridflex solve`'s
    /// default method (``CaseRun``, `auto`), each timed on its own.
    init(casePath: String, window: HourWindow, dataDirectory: String?) throws {
        let clock = ContinuousClock()
        var start = clock.now
        func lap() -> Double {
            defer { start = clock.now }
            return (clock.now - start).seconds
        }
        let loaded = try CaseLoader.load(path: casePath, dataDirectory: dataDirectory, window: window)
        readSeconds = lap()
        peakAfterReadMB = Self.peakResidentMB()
        let model = DispatchModel(case: loaded.value)
        buildSeconds = lap()
        let problem = try GLPKProblem(model.program)
        loadSeconds = lap()
        let solution = try SolveMethod.auto.solve(problem).solution
        solveSeconds = lap()
        crossoverSeconds = solution.crossoverSeconds ?? 0
        peakAfterSolveMB = Self.peakResidentMB()
        let run = CaseRun(model: model, solution: solution, buildSeconds: buildSeconds + loadSeconds, readSeconds: readSeconds)
        summarizeSeconds = lap()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try JSONOutput.encoder().encode(run.summary).write(to: directory.appendingPathComponent("summary.json"))
        try Data(HourlyTable(case: loaded.value, result: run.result).csv().utf8).write(to: directory.appendingPathComponent("hourly.csv"))
        writeSeconds = lap()

        let solver = run.summary.solver
        self.casePath = casePath
        self.window = window.description
        hours = window.count
        method = solver.method
        iterations = solver.iterations
        notes = solution.notes
        columns = solver.columns
        rows = solver.rows
        nonzeros = solver.nonzeros
        objective = run.summary.objective
    }

    /// The process's peak resident memory so far (VmHWM in /proc/self/status), MB; 0 where there is none.
    static func peakResidentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return 0 }
        return kilobytes / 1024
    }
}
