import Analysis
import Foundation
import GridModel
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
    /// Building the LP and loading it into GLPK, s.
    var buildSeconds: Double
    /// GLPK's solve, s.
    var solveSeconds: Double
    /// Reading the solution back and summarising it, s.
    var summarizeSeconds: Double
    /// Writing summary.json and hourly.csv, s.
    var writeSeconds: Double
    /// The algorithm that produced the answer.
    var method: String
    /// Solver iterations.
    var iterations: Int
    /// LP size.
    var columns: Int, rows: Int, nonzeros: Int
    /// Operating cost, EUR.
    var objective: Double
    /// Peak resident memory when the case was read, and when it was solved, MB (VmHWM of the process).
    var peakAfterReadMB: Double, peakAfterSolveMB: Double
    /// Filled in by the parent from wait4: the process's wall time (s) and peak resident memory (MB).
    var processSeconds: Double?
    var processPeakMB: Double?

    /// Reads, builds, solves and writes `casePath` over `window`.
    init(casePath: String, window: HourWindow, dataDirectory: String?) throws {
        let clock = ContinuousClock()
        var start = clock.now
        let loaded = try CaseLoader.load(path: casePath, dataDirectory: dataDirectory, window: window)
        readSeconds = (clock.now - start).seconds
        peakAfterReadMB = Self.peakResidentMB()
        start = clock.now
        let run = try CaseRun(case: loaded.value, readSeconds: readSeconds)
        let runSeconds = (clock.now - start).seconds
        peakAfterSolveMB = Self.peakResidentMB()
        start = clock.now
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gridflex-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try JSONOutput.encoder().encode(run.summary).write(to: directory.appendingPathComponent("summary.json"))
        try Data(HourlyTable(case: loaded.value, result: run.result).csv().utf8).write(to: directory.appendingPathComponent("hourly.csv"))
        writeSeconds = (clock.now - start).seconds

        let solver = run.summary.solver
        self.casePath = casePath
        self.window = window.description
        hours = window.count
        buildSeconds = solver.buildSeconds
        solveSeconds = solver.solveSeconds
        summarizeSeconds = max(0, runSeconds - solver.buildSeconds - solver.solveSeconds)
        method = solver.method
        iterations = solver.iterations
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
