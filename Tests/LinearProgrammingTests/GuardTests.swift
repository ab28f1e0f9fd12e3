import Foundation
import Testing
@testable import LinearProgramming

@Suite("Fatal-error guard and captured output")
struct GuardTests {
    @Test("A bad GLPK call becomes a Swift error and the process goes on to solve another LP")
    func fatalErrorIsCaught() throws {
        let problem = try GLPKProblem(wyndor().0)
        #expect { try problem.provokeFatalError() } throws: { error in
            guard case let GLPKError.fatal(operation, message) = error else { return false }
            return operation == "glp_set_col_bnds" && message.contains("out of range")
        }
        // The environment was reset: the old problem refuses to touch its freed pointer.
        #expect { try problem.solve() } throws: { error in
            if case GLPKError.problemReleased = error { return true }
            return false
        }
        let fresh = try GLPKProblem(wyndor().0).solve()
        #expect(fresh.status == .optimal && abs(fresh.objective - 36) < 1e-9)
    }

    @Test("After a fatal error the problem loads its program again and solves it (how interior point falls back to simplex)")
    func reloadAfterFatalError() throws {
        let problem = try GLPKProblem(wyndor().0)
        #expect(throws: GLPKError.self) { try problem.provokeFatalError() }
        try problem.reload()
        // Wyndor Glass: the textbook optimum is 36 (x1 = 2, x2 = 6).
        let solution = try problem.solve(SolverOptions(method: .dualSimplex, presolve: true))
        #expect(solution.status == .optimal && abs(solution.objective - 36) < 1e-9)
    }

    @Test("GLPK's terminal output is captured into the solution, not printed")
    func outputCaptured() throws {
        let simplex = try GLPKProblem(wyndor().0).solve(SolverOptions(method: .dualSimplex, presolve: false))
        #expect(simplex.log.contains("obj =   3.600000000e+01"))
        let interior = try GLPKProblem(wyndor().0).solve(SolverOptions(method: .interiorPoint))
        #expect(interior.log.contains("OPTIMAL SOLUTION FOUND"))
        #expect(interior.iterations > 0)
    }

    @Test("Interior-point iteration count is read from GLPK's log")
    func interiorIterationParsing() {
        let log = "Original LP has 3 rows\n  0: obj =  1.0e+00; rpi = 1\n  1: obj = 2.0; rpi\n 12: obj = 3.0\nOPTIMAL SOLUTION FOUND\n"
        #expect(GLPKProblem.lastInteriorIteration(in: log) == 12)
    }

    @Test("Solving on several threads at once, each with its own problem, gives the same answer")
    func perThreadEnvironments() async throws {
        let objectives = try await withThrowingTaskGroup(of: Double.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    try await withCheckedThrowingContinuation { continuation in
                        Thread {
                            defer { GLPKEnvironment.releaseCurrentThread() }
                            continuation.resume(with: Result { try GLPKProblem(wyndor().0).solve().objective })
                        }.start()
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(objectives.count == 4 && objectives.allSatisfy { abs($0 - 36) < 1e-9 })
    }
}

@Suite("Interior-point progress")
struct InteriorProgressTests {
    @Test("The point GLPK kept is found and judged against the acceptance tolerances")
    func parsesBestPoint() {
        let log = """
             30: obj =   3.615422801e+09; rpi =  2.6e-12; rdi =  3.1e-13; gap =  6.3e-06
             32: obj =   3.615412754e+09; rpi =  3.5e-12; rdi =  3.6e-15; gap =  7.9e-08
             33: obj =   3.615412754e+09; rpi =  3.5e-07; rdi =  3.6e-15; gap =  1.0e-09
            NUMERIC INSTABILITY; SEARCH TERMINATED
            Best point   3.615412754e+09 was reached on iteration 32
            """
        let best = InteriorProgress.last(in: log)
        #expect(best == InteriorProgress(primalInfeasibility: 3.5e-12, dualInfeasibility: 3.6e-15, gap: 7.9e-8))
        #expect(best?.isWithin(gap: SolverOptions.provenGap) == true)
        #expect(best?.isWithin(gap: 5e-8) == false)
        #expect(InteriorProgress.last(in: " 5: obj = 1; rpi = 1e-3; rdi = 1e-3; gap = 1e-2")?.isWithin(gap: 1e-1) == false)
        // Iteration 33 has the smaller gap but a primal infeasibility of 3.5e-7, above the 1e-8 accepted.
        #expect(InteriorProgress.last(in: log.replacingOccurrences(of: "iteration 32", with: "iteration 33"))?.isWithin(gap: 1e-4) == false)
        #expect(InteriorProgress.last(in: "no progress lines") == nil)
    }

    @Test("A stop a crossover starts from is solved a second time only when it is not within the accepted gap")
    func secondAttempt() throws {
        // Models/guangxi/2030.yaml's first attempt stops at iteration 50 with this point (gap 1.5e-7 ≤ 5e-7 proven).
        let stop = try #require(InteriorProgress.last(in: " 50: obj =   4.148927915e+09; rpi =  2.0e-13; rdi =  9.9e-17; gap =  1.5e-07"))
        #expect(stop.needsSecondAttempt(retrying: true, acceptedGap: SolverOptions.provenGap))
        #expect(!stop.needsSecondAttempt(retrying: false, acceptedGap: SolverOptions.provenGap))
        // A gap of 1.5e-7 above an accepted 1e-7, or a point primal infeasible beyond 1e-8, is solved again even so.
        #expect(stop.needsSecondAttempt(retrying: false, acceptedGap: 1e-7))
        let infeasible = try #require(InteriorProgress.last(in: " 50: obj = 4.1e+09; rpi = 2.0e-06; rdi = 9.9e-17; gap = 1.5e-07"))
        #expect(infeasible.needsSecondAttempt(retrying: false, acceptedGap: SolverOptions.provenGap))
        #expect(SolverOptions().retryingInstabilityStop)
    }
}
