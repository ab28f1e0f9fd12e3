import CGLPK
import CGLPKGuard
import Foundation

extension GLPKProblem {
    /// Solves with the given options. A simplex solve without presolve starts from the problem's current basis
    /// (the previous solve's, or one restored with ``restore(_:)``): that is a warm start.
    public func solve(_ options: SolverOptions = SolverOptions()) throws(GLPKError) -> Solution {
        let started = DispatchTime.now().uptimeNanoseconds
        var solution: Solution
        switch options.method {
        case .interiorPoint:
            solution = try solveInterior(options.ordering, acceptedGap: options.acceptedInteriorGap, retrying: options.retryingInstabilityStop)
        case .dualSimplex, .primalSimplex: solution = try solveSimplex(options)
        case .crossover:
            solution = try solveInterior(options.ordering, acceptedGap: options.acceptedInteriorGap, retrying: false)
            if solution.status == .optimal { solution = try crossover(from: solution, iterationLimit: options.iterationLimit) }
        }
        solution.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return solution
    }

    /// Interior point first; simplex (with presolve) when interior point does not prove optimality or stops on a
    /// GLPK fatal error (the program is then loaded again). The returned solution's `method` says which algorithm
    /// produced it; `fallbackReason` why it fell back.
    /// A point GLPK stops at within `acceptedInteriorGap` is kept (see ``SolverOptions/acceptedInteriorGap``);
    /// `ordering` is the interior point's (``SolverOptions/ordering``), `retryingInstabilityStop` whether an instability
    /// stop is solved once more (``SolverOptions/retryingInstabilityStop``).
    public func solveInteriorWithFallback(timeLimitSeconds: Double? = nil, acceptedInteriorGap: Double = SolverOptions.provenGap,
                                          ordering: InteriorOrdering = .symamd, retryingInstabilityStop: Bool = true) throws(GLPKError)
        -> (solution: Solution, fallbackReason: String?) {
        let interior: Solution
        do {
            interior = try solve(SolverOptions(method: .interiorPoint, ordering: ordering, acceptedInteriorGap: acceptedInteriorGap,
                                               retryingInstabilityStop: retryingInstabilityStop))
        } catch {
            guard case let .fatal(_, message) = error else { throw error }
            try reload()
            var simplex = try solve(SolverOptions(method: .dualSimplex, presolve: true, timeLimitSeconds: timeLimitSeconds))
            simplex.log = message + simplex.log
            return (simplex, "interior point stopped on a GLPK error (\(message.split(separator: "\n").last ?? "")); solved again with dual simplex")
        }
        if interior.status == .optimal || interior.status == .feasible { return (interior, nil) }
        var simplex = try solve(SolverOptions(method: .dualSimplex, presolve: true, timeLimitSeconds: timeLimitSeconds))
        simplex.seconds += interior.seconds
        simplex.log = interior.log + simplex.log
        simplex.notes = interior.notes + simplex.notes
        return (simplex, "interior point ended with status '\(interior.status.rawValue)'; solved again with dual simplex")
    }

    private func solveSimplex(_ options: SolverOptions) throws(GLPKError) -> Solution {
        let iterationsBefore = try iterationCount()
        var code: Int32 = 0
        let method = options.method == .primalSimplex ? GLP_PRIMAL : GLP_DUALP
        let milliseconds = options.timeLimitSeconds.map { Int32(clamping: Int(($0 * 1000).rounded(.up))) } ?? 0
        let iterationLimit = Int32(clamping: options.iterationLimit ?? 0)
        try guarded("glp_simplex") { gfx_simplex($0, method, options.presolve ? 1 : 0, milliseconds, iterationLimit, &code) }
        var log = Self.takeOutput()
        var status = try simplexStatus(returnCode: code)
        if code == GLP_ENODFS {
            // Dual infeasible after presolve: the primal is unbounded or infeasible; primal simplex tells which.
            var primalCode: Int32 = 0
            try guarded("glp_simplex") { gfx_simplex($0, GLP_PRIMAL, 0, milliseconds, iterationLimit, &primalCode) }
            log += Self.takeOutput()
            status = try simplexStatus(returnCode: primalCode)
            if status != .infeasible { status = .unbounded }
        }
        var solution = try values(interior: false, status: status, method: options.method)
        solution.iterations = try iterationCount() - iterationsBefore
        solution.log = log
        return solution
    }

    func simplexStatus(returnCode code: Int32) throws(GLPKError) -> SolveStatus {
        var status: Int32 = 0, primal: Int32 = 0, dual: Int32 = 0
        try guarded("glp_get_status") { gfx_simplex_status($0, &status, &primal, &dual) }
        switch code {
        case 0:
            switch status {
            case GLP_OPT: return .optimal
            case GLP_FEAS: return .feasible
            case GLP_NOFEAS: return .infeasible
            case GLP_UNBND: return .unbounded
            default: return primal == GLP_NOFEAS ? .infeasible : .numericalFailure
            }
        case GLP_ENOPFS: return .infeasible
        case GLP_ENODFS: return .unbounded
        case GLP_ETMLIM: return .timeLimit
        case GLP_EITLIM: return .iterationLimit
        default: return .numericalFailure
        }
    }

    /// Interior point (see ``solveInteriorResting(at:algorithm:)``). With `retrying`, or when the stopped point is not
    /// within `acceptedGap`, a numerical-instability stop is solved once more with each column's native bound where
    /// the stopped point has it rest; when no attempt converged, the best point is kept if it is within `acceptedGap`.
    private func solveInterior(_ ordering: InteriorOrdering, acceptedGap: Double, retrying: Bool) throws(GLPKError) -> Solution {
        let algorithm = ordering == .amd ? GLP_ORD_AMD : GLP_ORD_SYMAMD
        var expected = [Double](repeating: -.infinity, count: columnCount)
        for column in program.columnsExpectedAtUpperBound { expected[column.index] = .infinity }
        var (solution, code, _, log) = try solveInteriorResting(at: expected, algorithm: algorithm)
        var keptLog = log
        var notes: [String] = []
        if code == GLP_EINSTAB, let stop = InteriorProgress.last(in: log),
           stop.needsSecondAttempt(retrying: retrying, acceptedGap: acceptedGap) {
            let again = try solveInteriorResting(at: solution.columnValues, algorithm: algorithm)
            log += again.log
            notes.append("GLPK stopped interior point on numerical instability at iteration \(solution.iterations) (relative gap "
                + "\(stop.gap)); solved again with the native bound of \(again.flipped) columns at the end where they rest, "
                + (again.code == 0 ? "which converged" : "which stopped too"))
            // The second attempt's point replaces the first when it converged or stopped at a smaller gap.
            if again.code == 0 || (InteriorProgress.last(in: again.log).map { $0.gap < stop.gap } ?? false) {
                let iterations = solution.iterations + again.solution.iterations
                (solution, code, keptLog) = (again.solution, again.code, again.log)
                solution.iterations = iterations
            }
        }
        if solution.status != .optimal, code == GLP_EINSTAB || code == GLP_ENOCVG, let last = InteriorProgress.last(in: keptLog),
           last.isWithin(gap: acceptedGap) {
            // GLPK keeps the best point; its objective is within its gap (relative) of the optimum.
            let proven = last.gap <= SolverOptions.provenGap
            solution.status = proven ? .optimal : .feasible
            solution.relativeGap = last.gap
            notes.append("GLPK stopped interior point (\(code == GLP_EINSTAB ? "numerical instability" : "no convergence")) at relative gap "
                + "\(last.gap), primal infeasibility \(last.primalInfeasibility), dual \(last.dualInfeasibility); its best point is accepted "
                + (proven ? "as optimal (objective within \(SolverOptions.provenGap) relative)"
                          : "as a feasible solution whose objective is within \(last.gap) (relative) of the optimum"))
        }
        solution.log = log
        solution.notes = notes
        return solution
    }

    /// Interior point with every double-bounded column that rests at its upper bound in `rest` written as upper
    /// bound minus a column (gfx_interior_resting; the problem is restored afterwards). The first attempt rests
    /// the columns the builder expects at their upper bound (``LinearProgram/columnsExpectedAtUpperBound``);
    /// after an instability stop, a second one rests each column where the stopped point has it.
    ///
    /// Why this helps: GLPK's interior point keeps only `x ≥ 0` as a native bound and turns an upper bound into a
    /// row `x + s = ub`. Where a column sits at its upper bound for consecutive hours of a chain (the online
    /// capacity of a committed plant at its capacity between `startup` rows, a full store between `soc_balance`
    /// rows), the chain row becomes the difference of two such rows in the columns whose scaling x/z grows without
    /// bound; the normal equations A·D·Aᵀ lose rank there and the Cholesky solve fails GLPK's accuracy test
    /// (|residual| ≤ 1e-4 (1 + |rhs|)) one or two iterations before the 1e-8 gap. With the bound native where the
    /// column rests, those rows hold only vanishing entries and stay independent. Which end a column rests at is
    /// only known from a solve, hence the second attempt; the LP and its optimum are the same.
    private func solveInteriorResting(at rest: [Double], algorithm: Int32) throws(GLPKError)
        -> (solution: Solution, code: Int32, flipped: Int, log: String) {
        var code: Int32 = 0, ipt: Int32 = 0, flipped: Int32 = 0, objective = 0.0
        var columnValues = [Double](repeating: 0, count: columnCount), reducedCosts = columnValues
        var rowActivities = [Double](repeating: 0, count: rowCount), rowDuals = rowActivities
        try guarded("glp_interior") {
            gfx_interior_resting($0, algorithm, rest, Self.restingTolerance, &code, &ipt, &flipped, &objective,
                                 &columnValues, &reducedCosts, &rowActivities, &rowDuals)
        }
        let log = Self.takeOutput()
        var solution = Solution(
            status: Self.interiorStatus(code: code, ipt: ipt), method: .interiorPoint, objective: objective, columnValues: columnValues,
            reducedCosts: reducedCosts, rowActivities: rowActivities, rowDuals: rowDuals, iterations: 0, seconds: 0, log: "")
        solution.iterations = Self.lastInteriorIteration(in: log)
        return (solution, code, Int(flipped), log)
    }

    /// A column rests at its upper bound when it is within this share of its range of it: a point GLPK stops at
    /// holds such columns within about 1e-7 of the bound, columns inside their range are far from it (flipping
    /// those too was measured to bring the instability back on Models/guangxi/2030.yaml).
    static let restingTolerance = 1e-4

    /// The status of an interior-point run from glp_interior's return code and, when it returned 0, glp_ipt_status.
    static func interiorStatus(code: Int32, ipt: Int32) -> SolveStatus {
        switch code {
        case 0: return ipt == GLP_OPT ? .optimal : ipt == GLP_NOFEAS ? .infeasible : .numericalFailure
        case GLP_EITLIM: return .iterationLimit
        default: return .numericalFailure
        }
    }

    /// GLPK's interior point prints one line per iteration, `  17: obj = ...`; the last number is the count.
    static func lastInteriorIteration(in log: String) -> Int {
        var last = 0
        for line in log.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard let colon = trimmed.firstIndex(of: ":"), trimmed[colon...].hasPrefix(": obj") else { continue }
            if let number = Int(trimmed[..<colon]) { last = number }
        }
        return last
    }

    func iterationCount() throws(GLPKError) -> Int {
        var count: Int32 = 0
        try guarded("glp_get_it_cnt") { gfx_iteration_count($0, &count) }
        return Int(count)
    }

    func values(interior: Bool, status: SolveStatus, method: SolverMethod) throws(GLPKError) -> Solution {
        var objective = 0.0
        var columnValues = [Double](repeating: 0, count: columnCount), reducedCosts = columnValues
        var rowActivities = [Double](repeating: 0, count: rowCount), rowDuals = rowActivities
        try guarded("read solution") {
            gfx_get_solution($0, interior ? 1 : 0, &objective, &columnValues, &reducedCosts, &rowActivities, &rowDuals)
        }
        return Solution(
            status: status, method: method, objective: objective, columnValues: columnValues, reducedCosts: reducedCosts,
            rowActivities: rowActivities, rowDuals: rowDuals, iterations: 0, seconds: 0, log: "")
    }
}
