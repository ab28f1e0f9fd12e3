import Foundation
import LinearProgramming

/// One worker's GLPK problem, kept from point to point so that each solve can start from the last optimal basis.
///
/// When the next point's LP has the same structure (column and row counts, and identical coefficient
/// arrays) only the changed column bounds, row bounds and costs are passed to GLPK, and dual simplex without
/// presolve re-solves from the previous basis: a warm start. An objective constant that changed (it is
/// loaded into GLPK with the problem) is loaded afresh with the previous basis restored. A warm solve is given no more
/// time than the last cold solve took (``warmAllowance(_:)``). Anything else, a warm solve that ends short of optimal (or is cut off), or a
/// last warm solve slower than the last cold one, is solved cold:
/// a fresh problem, interior point and crossover to an optimal basis (dual simplex when that fails).
///
/// Without `vertices` a cold point is solved as `gridflex solve` does by default (``SolveMethod/auto``): interior
/// point and a crossover within ``SolveMethod/crossoverAllowance(interiorSeconds:)``, the interior point kept when
/// the crossover fails. Whether warm starts pay is then measured in the run: a crossover's optimal basis starts the
/// next point warm, and warm starts go on while the last warm solve is no slower than the last cold one. A warm
/// solve is given no more time than the last cold solve took; cut off (or failing otherwise), the point is solved
/// cold and the next one tries warm again from that basis, but after two such failures in a row every later point
/// is cold. A warm solve slower than the last cold one leaves later points cold until a cold solve is slower than it. Without `warmStarts` too, every point is solved
/// cold.
///
/// Sweeps keep one per worker; the capacity bisection re-solves one with the storage's bounds changed.
/// Lives on one thread, as GLPK's environment is per thread; not `Sendable`.
public final class WarmStartSolver {
    /// How one point was solved.
    public struct Outcome {
        /// The solution (objective including the constant).
        public var solution: Solution
        /// Whether it started from the previous point's basis.
        public var warm: Bool
        /// Seconds spent loading the LP into GLPK or updating the loaded one.
        public var setupSeconds: Double
        /// How it was solved, for the record's note.
        public var notes: [String]
    }

    private let warmStarts: Bool
    private let vertices: Bool
    private var problem: GLPKProblem?
    /// The program as loaded into `problem`, kept only after an optimal solve (a basis worth starting from).
    private var loaded: LinearProgram?
    /// Whether a point was solved (or tried) before, to tell a worker's first cold solve from a later one.
    private var attempted = false
    /// Seconds of the last warm and the last cold solve, to pick the faster way for the next point.
    private var lastWarmSeconds: Double?, lastColdSeconds: Double?
    /// Without `vertices`: warm re-solves in a row that ended short of optimal (cut off at the last cold time).
    private var warmFailures = 0

    /// A solver; with `warmStarts` false every point is solved cold (`--cold`); with `vertices` false a cold point is
    /// solved as `gridflex solve` does and warm starts are used only while they are measured to pay (`--method auto`).
    public init(warmStarts: Bool, vertices: Bool = true) {
        self.warmStarts = warmStarts
        self.vertices = vertices
    }

    /// Solves `program`, warm when it can.
    public func solve(_ program: LinearProgram) throws(GLPKError) -> Outcome {
        defer { attempted = true }
        do {
            guard vertices else { return try measuredSolve(program) }
            var notes: [String] = []
            if !warmStarts {
                notes.append("cold (--cold)")
            } else if let problem, let loaded {
                if let difference = loaded.structuralDifference(from: program) {
                    notes.append("cold: the LP's structure changed (\(difference))")
                } else if let warm = lastWarmSeconds, let cold = lastColdSeconds, warm > cold {
                    notes.append("cold: the last warm solve took \(Self.rounded(warm)) s, the last cold one \(Self.rounded(cold)) s")
                } else {
                    let warm = try warmSolve(problem, from: loaded, to: program, timeLimitSeconds: lastColdSeconds.map(Self.warmAllowance))
                    if warm.solution.status == .optimal { return warm }
                    notes.append("cold: the warm re-solve ended '\(warm.solution.status.rawValue)'")
                }
            } else {
                notes.append(attempted ? "cold: the previous point left no optimal basis to start from" : "cold: first point of this worker")
            }
            return try coldSolve(program, notes: notes)
        } catch {
            release()
            throw error
        }
    }

    /// Frees the GLPK problem (on the thread that made it).
    public func release() {
        problem = nil
        loaded = nil
    }

    /// A warm re-solve: dual simplex without presolve from the loaded basis, stopped after `timeLimitSeconds` if given.
    private func warmSolve(_ problem: GLPKProblem, from loaded: LinearProgram, to program: LinearProgram,
                           timeLimitSeconds: Double? = nil) throws(GLPKError) -> Outcome {
        let clock = ContinuousClock(), start = clock.now
        let target: GLPKProblem, note: String
        if loaded.objectiveConstant == program.objectiveConstant {
            let changes = try Self.applyChanges(from: loaded, to: program, in: problem)
            (target, note) = (problem, "warm: \(changes.bounds) bounds and \(changes.costs) costs changed")
        } else {
            let basis = try problem.basis()
            release()
            target = try GLPKProblem(program)
            try target.restore(basis)
            note = "warm: the objective constant changed, so the LP was loaded afresh and the previous basis restored"
        }
        self.problem = target
        self.loaded = nil
        let setupSeconds = (clock.now - start).seconds
        let solution = try target.solve(SolverOptions(method: .dualSimplex, presolve: false, timeLimitSeconds: timeLimitSeconds))
        lastWarmSeconds = solution.seconds
        if solution.status == .optimal { self.loaded = program }
        return Outcome(solution: solution, warm: true, setupSeconds: setupSeconds, notes: [note])
    }

    private func coldSolve(_ program: LinearProgram, notes: [String]) throws(GLPKError) -> Outcome {
        release()
        let cold = try freshVertex(program, asSolveDoes: false)
        lastColdSeconds = cold.solution.seconds
        problem = cold.problem
        if cold.solution.status == .optimal { loaded = program }
        return Outcome(solution: cold.solution, warm: false, setupSeconds: cold.setupSeconds, notes: notes + cold.notes)
    }

    /// `program` loaded afresh and solved by interior point and crossover (``GLPKProblem/solveVertex(timeLimitSeconds:acceptedInteriorGap:ordering:crossoverIterationLimit:crossoverTimeLimit:keepingInteriorPoint:)``):
    /// `asSolveDoes` as `gridflex solve` by default (the interior point kept when the crossover fails or runs over its
    /// allowance), otherwise a vertex at any cost (dual simplex then). The notes hold the fallback taken, if any.
    private func freshVertex(_ program: LinearProgram, asSolveDoes: Bool) throws(GLPKError)
        -> (problem: GLPKProblem, solution: Solution, setupSeconds: Double, notes: [String]) {
        let clock = ContinuousClock(), start = clock.now
        let fresh = try GLPKProblem(program)
        let setupSeconds = (clock.now - start).seconds
        let allowance: ((Double) -> Double)? = asSolveDoes ? { SolveMethod.crossoverAllowance(interiorSeconds: $0) } : nil
        let (solution, fallbackReason) = try fresh.solveVertex(crossoverTimeLimit: allowance, keepingInteriorPoint: asSolveDoes)
        return (fresh, solution, setupSeconds, [fallbackReason].compactMap { $0 })
    }

    /// Without `vertices`: warm from the last optimal basis while that pays, as `gridflex solve` otherwise (see the type's notes).
    private func measuredSolve(_ program: LinearProgram) throws(GLPKError) -> Outcome {
        if warmStarts, let problem, let loaded, loaded.structuralDifference(from: program) == nil,
           let cold = lastColdSeconds, (lastWarmSeconds ?? 0) <= cold {
            var warm = try warmSolve(problem, from: loaded, to: program, timeLimitSeconds: Self.warmAllowance(cold))
            if warm.solution.status == .optimal {
                warmFailures = 0
                if warm.solution.seconds > cold {
                    warm.notes.append("slower than the last cold solve (\(Self.rounded(cold)) s): later points cold while the last warm solve is the slower")
                    release()
                }
                return warm
            }
            release()
            // One failure may be a far jump (no battery to some); two in a row say warm starts do not pay here.
            warmFailures += 1
            lastWarmSeconds = warmFailures >= 2 ? .infinity : nil
            var outcome = try solveAsSolveDoes(program)
            outcome.notes.append("the warm re-solve ended '\(warm.solution.status.rawValue)': this point cold")
            outcome.solution.seconds += warm.solution.seconds
            return outcome
        }
        release()
        return try solveAsSolveDoes(program)
    }

    /// Interior point and crossover on a fresh problem, as `gridflex solve` by default; with warm starts, a basis the
    /// crossover (or the simplex the interior point fell back to) leaves starts the next point.
    private func solveAsSolveDoes(_ program: LinearProgram) throws(GLPKError) -> Outcome {
        let cold = try freshVertex(program, asSolveDoes: true)
        var notes = ["interior point and crossover, as gridflex solve"] + cold.notes
        guard cold.solution.status == .optimal else { return Outcome(solution: cold.solution, warm: false, setupSeconds: cold.setupSeconds, notes: notes) }
        lastColdSeconds = cold.solution.seconds
        if warmStarts, cold.solution.method != .interiorPoint {
            (problem, loaded) = (cold.problem, program)
            notes.append("its optimal basis starts the next point")
        }
        return Outcome(solution: cold.solution, warm: false, setupSeconds: cold.setupSeconds, notes: notes)
    }

    /// The time a warm re-solve is given: the last cold solve's, and at least 1 s (GLPK counts whole milliseconds,
    /// and a cold solve of a short window takes a few of them).
    static func warmAllowance(_ coldSeconds: Double) -> Double { max(1, coldSeconds) }

    private static func rounded(_ seconds: Double) -> String {
        String(format: "%.2f", seconds)
    }

    /// Passes every column bound, row bound and cost that differs between the two programs to GLPK.
    private static func applyChanges(from old: LinearProgram, to new: LinearProgram, in problem: GLPKProblem) throws(GLPKError) -> (bounds: Int, costs: Int) {
        var bounds = 0, costs = 0
        for index in 0..<new.columnCount {
            if old.columnBounds[index] != new.columnBounds[index] {
                try problem.setBounds(new.columnBounds[index], of: ColumnID(position: index))
                bounds += 1
            }
            if old.objective[index] != new.objective[index] {
                try problem.setCost(new.objective[index], of: ColumnID(position: index))
                costs += 1
            }
        }
        for index in 0..<new.rowCount where old.rowBounds[index] != new.rowBounds[index] {
            try problem.setBounds(new.rowBounds[index], of: RowID(position: index))
            bounds += 1
        }
        return (bounds, costs)
    }
}

extension LinearProgram {
    /// What differs in structure from `other` (sense, counts or coefficients), or nil when only bounds,
    /// costs and the objective constant may differ.
    func structuralDifference(from other: LinearProgram) -> String? {
        if sense != other.sense { return "objective sense" }
        if columnCount != other.columnCount || rowCount != other.rowCount {
            return "\(columnCount) × \(rowCount) became \(other.columnCount) × \(other.rowCount) columns × rows"
        }
        if entryRows != other.entryRows || entryColumns != other.entryColumns { return "the nonzero pattern" }
        if entryValues != other.entryValues { return "coefficient values" }
        return nil
    }
}

