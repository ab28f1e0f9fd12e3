import Analysis
import DispatchBuilder
import Foundation
import GridModel
import LinearProgramming

/// How `gridflex solve` picks the algorithm.
public enum SolveMethod: String, Sendable, CaseIterable {
    /// Interior point (fast on a single full-year solve), dual simplex when it does not prove optimality.
    case auto
    /// Dual simplex with presolve: a vertex solution.
    case simplex
    /// Interior point only.
    case interior
    /// Interior point, then a crossover to an optimal vertex; dual simplex when either fails.
    case vertex
}

/// One case solved: the model, its solution, the dispatch and the summary.
public struct CaseRun: Sendable {
    /// The model that was solved.
    public let model: DispatchModel
    /// The dispatch read back.
    public let result: DispatchResult
    /// Everything reported.
    public let summary: CaseSummary
    /// GLPK's own output (kept only when asked for).
    public let solverLog: String

    /// Builds and solves a case. `readSeconds` is the time the caller spent loading it.
    public init(case source: Case, method: SolveMethod = .auto, timeLimitSeconds: Double? = nil, readSeconds: Double = 0,
                keepLog: Bool = false) throws(GLPKError) {
        let clock = ContinuousClock()
        let buildStart = clock.now
        let model = DispatchModel(case: source)
        let problem = try GLPKProblem(model.program)
        let buildSeconds = (clock.now - buildStart).seconds
        var notes: [String] = []
        var solution: Solution
        switch method {
        case .auto:
            let outcome = try problem.solveInteriorWithFallback(timeLimitSeconds: timeLimitSeconds)
            solution = outcome.solution
            if let reason = outcome.fallbackReason { notes.append(reason) }
        case .vertex:
            let outcome = try problem.solveVertex(timeLimitSeconds: timeLimitSeconds)
            solution = outcome.solution
            if let reason = outcome.fallbackReason { notes.append(reason) }
        case .simplex:
            solution = try problem.solve(SolverOptions(method: .dualSimplex, presolve: true, timeLimitSeconds: timeLimitSeconds))
        case .interior:
            solution = try problem.solve(SolverOptions(method: .interiorPoint))
        }
        notes += solution.notes
        if solution.method == .interiorPoint {
            notes.append("interior-point solution (no crossover): optimal, but need not be a vertex; use --method vertex for a basic solution")
        }
        if method != .simplex, solution.method == .interiorPoint || solution.method == .crossover, timeLimitSeconds != nil {
            notes.append("GLPK's interior point and the crossover have no time limit; --time-limit applies to simplex only")
        }
        self.init(model: model, solution: solution, buildSeconds: buildSeconds, readSeconds: readSeconds, notes: notes, keepLog: keepLog)
    }

    /// A model solved by the caller (a sweep re-solves one loaded LP point after point, warm-starting each from
    /// the last), read back and summarised exactly as a solve here would be. `buildSeconds` and `readSeconds`
    /// are the caller's timings; `notes` become the solver facts' notes as given.
    public init(model: DispatchModel, solution: Solution, buildSeconds: Double, readSeconds: Double = 0, notes: [String] = [],
                keepLog: Bool = false) {
        let facts = SolverFacts(solution: solution, program: model.program, readSeconds: readSeconds, buildSeconds: buildSeconds,
                                notes: notes)
        self.model = model
        self.solverLog = keepLog ? solution.log : ""
        self.result = model.result(from: solution)
        self.summary = Summarize.summary(of: model.source, result: result, solver: facts)
    }
}

