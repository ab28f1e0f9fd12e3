import Testing
@testable import LinearProgramming

/// min −2x − y + 7 s.t. x + y ≤ 15, 2 ≤ x − y ≤ 8, x ∈ [0, 10], y ∈ [1, 10].
/// By hand: x is worth more, so x = 10 (its upper bound) and y = 15 − 10 = 5; x − y = 5 lies inside [2, 8].
/// Objective −20 − 5 + 7 = −18. Dual of `cap` −1 (one more unit of y is worth 1); `band` inactive, dual 0.
/// Reduced costs: x −2 − (−1) = −1, y −1 − (−1) = 0.
func restingAtUpperBound(hinting: Bool) -> (LinearProgram, ColumnID, ColumnID, RowID, RowID) {
    var lp = LinearProgram()
    lp.objectiveConstant = 7
    let x = lp.addColumn(named: "x", bounds: .between(0, 10), cost: -2)
    let y = lp.addColumn(named: "y", bounds: .between(1, 10), cost: -1)
    let cap = lp.addRow(named: "cap", bounds: .atMost(15), terms: [(x, 1), (y, 1)])
    let band = lp.addRow(named: "band", bounds: .between(2, 8), terms: [(x, 1), (y, -1)])
    if hinting {
        lp.expectAtUpperBound(x)
        lp.expectAtUpperBound(y) // a wrong hint: y ends inside its range; the answer must not change
    }
    return (lp, x, y, cap, band)
}

@Suite("Interior point with native upper bounds")
struct RestingBoundTests {
    @Test("Columns written as upper bound minus a column map back to the same solution", arguments: [false, true])
    func mappedBack(hinting: Bool) throws {
        let (lp, x, y, cap, band) = restingAtUpperBound(hinting: hinting)
        let solution = try GLPKProblem(lp).solve(SolverOptions(method: .interiorPoint))
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - -18) < 1e-6)
        #expect(abs(solution[x] - 10) < 1e-6 && abs(solution[y] - 5) < 1e-6)
        #expect(abs(solution.rowActivities[cap.index] - 15) < 1e-6 && abs(solution.rowActivities[band.index] - 5) < 1e-6)
        #expect(abs(solution.dual(of: cap) - -1) < 1e-6 && abs(solution.dual(of: band)) < 1e-6)
        #expect(abs(solution.reducedCost(of: x) - -1) < 1e-6 && abs(solution.reducedCost(of: y)) < 1e-6)
    }

    @Test("The problem is restored after the substituted solve: simplex afterwards finds the same optimum")
    func restored() throws {
        let (lp, x, y, _, _) = restingAtUpperBound(hinting: true)
        let problem = try GLPKProblem(lp)
        _ = try problem.solve(SolverOptions(method: .interiorPoint))
        let simplex = try problem.solve(SolverOptions(method: .dualSimplex, presolve: false))
        #expect(simplex.status == .optimal)
        #expect(abs(simplex.objective - -18) < 1e-9)
        #expect(simplex[x] == 10 && simplex[y] == 5)
    }
}
