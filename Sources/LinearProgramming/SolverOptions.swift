/// The algorithm GLPK uses.
public enum SolverMethod: String, Sendable, CaseIterable, Codable {
    /// Dual simplex (falls back to primal inside GLPK when needed): a vertex, and warm-startable.
    case dualSimplex = "dual-simplex"
    /// Primal simplex: a vertex.
    case primalSimplex = "primal-simplex"
    /// Primal-dual interior point (AMD ordering, no crossover): fast on large LPs, not a vertex.
    case interiorPoint = "interior-point"
    /// Interior point, then a crossover to an optimal basis (``GLPKProblem/crossover(from:iterationLimit:)``): a
    /// vertex at close to interior-point speed, and warm-startable. `iterationLimit` caps the crossover's simplex.
    case crossover = "interior-point+crossover"
}

/// How to solve.
public struct SolverOptions: Sendable {
    /// The algorithm.
    public var method: SolverMethod
    /// Simplex only: run GLPK's presolver. Must be off to warm-start from a previous basis.
    public var presolve: Bool
    /// Simplex only: stop after this many seconds (GLPK's interior point has no time limit).
    public var timeLimitSeconds: Double?
    /// Simplex and crossover only: stop after this many simplex iterations.
    public var iterationLimit: Int?

    /// Options with defaults: dual simplex with presolve, no limits.
    public init(method: SolverMethod = .dualSimplex, presolve: Bool = true, timeLimitSeconds: Double? = nil, iterationLimit: Int? = nil) {
        self.method = method
        self.presolve = presolve
        self.timeLimitSeconds = timeLimitSeconds
        self.iterationLimit = iterationLimit
    }
}
