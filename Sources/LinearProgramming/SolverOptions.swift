/// The algorithm GLPK uses.
public enum SolverMethod: String, Sendable, CaseIterable, Codable {
    /// Dual simplex (falls back to primal inside GLPK when needed): a vertex, and warm-startable.
    case dualSimplex = "dual-simplex"
    /// Primal simplex: a vertex.
    case primalSimplex = "primal-simplex"
    /// Primal-dual interior point (no crossover; ordering from ``SolverOptions/ordering``): fast on large LPs, not a vertex.
    case interiorPoint = "interior-point"
    /// Interior point, then a crossover to an optimal basis (``GLPKProblem/crossover(from:iterationLimit:)``): a
    /// vertex at close to interior-point speed, and warm-startable. `iterationLimit` caps the crossover's simplex.
    case crossover = "interior-point+crossover"
}

/// How GLPK's interior point orders the normal equations' rows before the Cholesky factorisation.
public enum InteriorOrdering: String, Sendable, CaseIterable {
    /// Approximate minimum degree (GLPK's default).
    case amd
    /// Approximate minimum degree for the symmetric matrix (COLAMD's SYMAMD): faster than AMD on eight of the
    /// ten full-year plan cases and on the example, slower on the coverage case (Benchmarks/README.md, "Interior point").
    case symamd
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
    /// Interior point only: the ordering.
    public var ordering: InteriorOrdering
    /// Interior point only: when GLPK stops before proving optimality (numerical instability, no convergence),
    /// its best point is kept as the solution if its relative primal–dual gap is at most this and it is primal
    /// and dual feasible to 1e-8: as optimal up to ``provenGap``, as feasible (with ``Solution/relativeGap``)
    /// above it. Larger gaps fall back as the method says.
    public var acceptedInteriorGap: Double
    /// Interior point only: after a numerical-instability stop, solve once more with each column's native bound where
    /// the stopped point rests (true), or keep a stopped point within ``acceptedInteriorGap`` as it is (false). False
    /// suits a point a crossover starts from: GLPK's simplex then proves the vertex optimal whatever the gap, and on
    /// Models/guangxi/2030.yaml the second interior point was half the default solve's time (Benchmarks/README.md,
    /// "Instability stops").
    public var retryingInstabilityStop: Bool

    /// Largest relative gap at which a point GLPK's interior point stopped at counts as optimal: its objective is
    /// within 5e-7 (relative) of the optimum, well inside the 1e-6 to which the cross-checks compare.
    public static let provenGap = 5e-7

    /// Options with defaults: dual simplex with presolve, no limits, SYMAMD ordering for interior point.
    public init(method: SolverMethod = .dualSimplex, presolve: Bool = true, timeLimitSeconds: Double? = nil, iterationLimit: Int? = nil,
                ordering: InteriorOrdering = .symamd, acceptedInteriorGap: Double = SolverOptions.provenGap,
                retryingInstabilityStop: Bool = true) {
        self.ordering = ordering
        self.retryingInstabilityStop = retryingInstabilityStop
        self.acceptedInteriorGap = acceptedInteriorGap
        self.method = method
        self.presolve = presolve
        self.timeLimitSeconds = timeLimitSeconds
        self.iterationLimit = iterationLimit
    }
}
