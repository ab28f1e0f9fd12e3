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
        case .interiorPoint: solution = try solveInterior()
        case .dualSimplex, .primalSimplex: solution = try solveSimplex(options)
        case .crossover:
            solution = try solveInterior()
            if solution.status == .optimal { solution = try crossover(from: solution, iterationLimit: options.iterationLimit) }
        }
        solution.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return solution
    }

    /// Interior point first; simplex (with presolve) when interior point does not prove optimality or stops on a
    /// GLPK fatal error (the program is then loaded again). The returned solution's `method` says which algorithm
    /// produced it; `fallbackReason` why it fell back.
    public func solveInteriorWithFallback(timeLimitSeconds: Double? = nil) throws(GLPKError) -> (solution: Solution, fallbackReason: String?) {
        let interior: Solution
        do {
            interior = try solve(SolverOptions(method: .interiorPoint))
        } catch {
            guard case let .fatal(_, message) = error else { throw error }
            try reload()
            var simplex = try solve(SolverOptions(method: .dualSimplex, presolve: true, timeLimitSeconds: timeLimitSeconds))
            simplex.log = message + simplex.log
            return (simplex, "interior point stopped on a GLPK error (\(message.split(separator: "\n").last ?? "")); solved again with dual simplex")
        }
        if interior.status == .optimal { return (interior, nil) }
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

    private func solveInterior() throws(GLPKError) -> Solution {
        var code: Int32 = 0
        try guarded("glp_interior") { gfx_interior($0, &code) }
        let log = Self.takeOutput()
        var status: SolveStatus = .numericalFailure
        if code == 0 {
            var ipt: Int32 = 0
            try guarded("glp_ipt_status") { gfx_interior_status($0, &ipt) }
            switch ipt {
            case GLP_OPT: status = .optimal
            case GLP_NOFEAS: status = .infeasible
            default: status = .numericalFailure
            }
        } else if code == GLP_EITLIM {
            status = .iterationLimit
        }
        var notes: [String] = []
        if status != .optimal, code == GLP_EINSTAB || code == GLP_ENOCVG, let last = InteriorProgress.last(in: log), last.isConverged {
            // GLPK keeps the best point; with gap ≤ 5e-7 its objective is within 5e-7 (relative) of the optimum.
            status = .optimal
            notes.append("GLPK stopped interior point (\(code == GLP_EINSTAB ? "numerical instability" : "no convergence")) at relative gap "
                + "\(last.gap), primal infeasibility \(last.primalInfeasibility), dual \(last.dualInfeasibility); its best point is accepted "
                + "as optimal (objective within \(InteriorProgress.acceptedGap) relative)")
        }
        var solution = try values(interior: true, status: status, method: .interiorPoint)
        solution.iterations = Self.lastInteriorIteration(in: log)
        solution.log = log
        solution.notes = notes
        return solution
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
