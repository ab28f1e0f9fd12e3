/// What a solve ended with.
public enum SolveStatus: String, Sendable, Codable {
    /// Proven optimal.
    case optimal
    /// Feasible, optimality not proven (e.g. a limit stopped the solver after a feasible point).
    case feasible
    /// No point satisfies every constraint.
    case infeasible
    /// The objective improves without limit.
    case unbounded
    /// The time limit stopped the solver.
    case timeLimit = "time_limit"
    /// The iteration limit stopped the solver.
    case iterationLimit = "iteration_limit"
    /// The solver failed numerically (singular or ill-conditioned basis, no convergence, instability).
    case numericalFailure = "numerical_failure"

    /// Whether primal values can be used as a solution.
    public var hasSolution: Bool { self == .optimal || self == .feasible }
}

/// The values a solve produced. Arrays are indexed by column or row position.
public struct Solution: Sendable {
    /// How the solve ended.
    public var status: SolveStatus
    /// The algorithm that produced the values.
    public var method: SolverMethod
    /// The objective value including the constant.
    public var objective: Double
    /// Primal value of each column.
    public var columnValues: [Double]
    /// Reduced cost of each column (dual of its bounds).
    public var reducedCosts: [Double]
    /// Activity (Σ coefficient · value) of each row.
    public var rowActivities: [Double]
    /// Dual value (shadow price) of each row: the change in objective per unit increase of its bound.
    public var rowDuals: [Double]
    /// Simplex or interior-point iterations of this solve.
    public var iterations: Int
    /// Wall-clock seconds inside the solver.
    public var seconds: Double
    /// The solver's own words, captured instead of printed.
    public var log: String
    /// Remarks about how the status was reached (e.g. an interior point accepted at a small gap).
    public var notes: [String] = []
    /// An interior point kept after GLPK stopped short of proving optimality: its relative primal–dual gap,
    /// |primal − dual| / (1 + |primal|), which bounds how far its objective is above the optimum. `nil` when GLPK
    /// proved the solution optimal.
    public var relativeGap: Double?
    /// Of ``seconds``, those of a crossover from the interior point (``GLPKProblem/solveVertex(timeLimitSeconds:acceptedInteriorGap:ordering:crossoverIterationLimit:crossoverTimeLimit:keepingInteriorPoint:)``);
    /// `nil` when none ran.
    public var crossoverSeconds: Double?

    /// The value of one column.
    public subscript(column: ColumnID) -> Double { columnValues[column.index] }
    /// The dual value of one row.
    public func dual(of row: RowID) -> Double { rowDuals[row.index] }
    /// The reduced cost of one column.
    public func reducedCost(of column: ColumnID) -> Double { reducedCosts[column.index] }
}

/// A simplex basis: each row's and column's status, for restarting a later solve from it.
public struct Basis: Sendable, Equatable {
    /// GLPK status code of each row (basic, at lower, at upper, free, fixed).
    public var rowStatus: [Int32]
    /// GLPK status code of each column.
    public var columnStatus: [Int32]
}
