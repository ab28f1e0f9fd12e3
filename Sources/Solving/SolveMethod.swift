import LinearProgramming

/// How `gridflex solve` (and `invest`) pick the algorithm.
public enum SolveMethod: String, Sendable, CaseIterable {
    /// Interior point, then a crossover to an optimal vertex (block by block on long windows, see
    /// ``GLPKProblem/crossover(from:iterationLimit:timeLimitSeconds:)``); a crossover that fails or takes longer
    /// than ``crossoverAllowance`` leaves the interior point as the answer; dual simplex when the interior point does
    /// not prove optimality.
    case auto
    /// Dual simplex with presolve: a vertex solution.
    case simplex
    /// Interior point only.
    case interior
    /// Interior point, then a crossover to an optimal vertex; dual simplex when either fails (a vertex at any cost).
    case vertex

    /// The time `auto` gives the crossover: the interior point's own time, and at least 5 s. The crossover of the
    /// ten full-year plan cases takes 0.33–0.57 of the interior point's time (Benchmarks/README.md, "The default
    /// path, step by step").
    public static func crossoverAllowance(interiorSeconds: Double) -> Double { max(5, interiorSeconds) }

    /// Solves `problem` this way; the notes say which fallbacks were taken and what kind of solution it is. An
    /// interior point GLPK stops at within `acceptedInteriorGap` is kept (``SolverOptions/acceptedInteriorGap``);
    /// `ordering` is the interior point's (``SolverOptions/ordering``; `vertex` keeps the default).
    /// With `crossingOver` false, `auto` leaves out the crossover (interior point, dual simplex when it does not
    /// prove optimality): for the investment LPs, whose interior point may stop within a gap of 1e-3, so that a
    /// crossover from it is a re-optimisation that was measured to take as long as the interior point and give the
    /// same objective; the dispatches a planner reads hour by hour cross over.
    public func solve(_ problem: GLPKProblem, timeLimitSeconds: Double? = nil, acceptedInteriorGap: Double = SolverOptions.provenGap,
                      ordering: InteriorOrdering = .symamd, crossingOver: Bool = true) throws(GLPKError) -> (solution: Solution, notes: [String]) {
        var notes: [String] = []
        var solution: Solution
        switch self {
        case .auto where !crossingOver:
            let outcome = try problem.solveInteriorWithFallback(timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: acceptedInteriorGap,
                                                                 ordering: ordering)
            solution = outcome.solution
            if let reason = outcome.fallbackReason { notes.append(reason) }
        case .auto:
            let outcome = try problem.solveVertex(timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: acceptedInteriorGap, ordering: ordering,
                                                  crossoverTimeLimit: Self.crossoverAllowance, keepingInteriorPoint: true)
            solution = outcome.solution
            if let reason = outcome.fallbackReason { notes.append(reason) }
        case .vertex:
            let outcome = try problem.solveVertex(timeLimitSeconds: timeLimitSeconds)
            solution = outcome.solution
            if let reason = outcome.fallbackReason { notes.append(reason) }
        case .simplex:
            solution = try problem.solve(SolverOptions(method: .dualSimplex, presolve: true, timeLimitSeconds: timeLimitSeconds))
        case .interior:
            solution = try problem.solve(SolverOptions(method: .interiorPoint, ordering: ordering, acceptedInteriorGap: acceptedInteriorGap))
        }
        notes += solution.notes
        if solution.method == .interiorPoint {
            let kind = solution.status == .optimal ? "optimal" : "within its gap of optimal"
            notes.append("interior-point solution (no crossover): \(kind), but need not be a vertex: storage may charge and discharge "
                + "in the same hour by round-off; use --method vertex for a basic solution")
        }
        if self != .simplex, solution.method == .interiorPoint || solution.method == .crossover, timeLimitSeconds != nil {
            notes.append("GLPK's interior point and the crossover have no time limit; --time-limit applies to simplex only")
        }
        return (solution, notes)
    }
}
