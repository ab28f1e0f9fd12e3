import Testing
@testable import LinearProgramming

/// Wyndor Glass (Hillier & Lieberman): max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18, x, y ≥ 0.
/// Optimum x = 2, y = 6, objective 36; shadow prices 0, 1.5, 1.
func wyndor() -> (LinearProgram, ColumnID, ColumnID, [RowID]) {
    var lp = LinearProgram(sense: .maximize)
    let x = lp.addColumn(named: "x", cost: 3)
    let y = lp.addColumn(named: "y", cost: 5)
    let plant1 = lp.addRow(named: "plant1", bounds: .atMost(4), terms: [(x, 1)])
    let plant2 = lp.addRow(named: "plant2", bounds: .atMost(12), terms: [(y, 2)])
    let plant3 = lp.addRow(named: "plant3", bounds: .atMost(18), terms: [(x, 3), (y, 2)])
    return (lp, x, y, [plant1, plant2, plant3])
}

@Suite("Textbook LPs")
struct TextbookTests {
    @Test("Wyndor optimum and shadow prices with every method", arguments: SolverMethod.allCases)
    func wyndorOptimum(method: SolverMethod) throws {
        let (lp, x, y, rows) = wyndor()
        let solution = try GLPKProblem(lp).solve(SolverOptions(method: method))
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 36) < 1e-6)
        #expect(abs(solution[x] - 2) < 1e-6)
        #expect(abs(solution[y] - 6) < 1e-6)
        #expect(abs(solution.dual(of: rows[0]) - 0) < 1e-6)
        #expect(abs(solution.dual(of: rows[1]) - 1.5) < 1e-6)
        #expect(abs(solution.dual(of: rows[2]) - 1) < 1e-6)
    }

    /// min 2x + 3y s.t. x + y ≥ 4, x + 3y ≥ 6. Vertices (0,4)→12, (3,1)→9, (6,0)→12: optimum 9 at (3,1).
    /// Duals solve u + v = 2, u + 3v = 3: u = 1.5, v = 0.5. Objective constant 10 is added.
    @Test("Minimisation with ≥ rows and an objective constant", arguments: SolverMethod.allCases)
    func minimisation(method: SolverMethod) throws {
        var lp = LinearProgram()
        lp.objectiveConstant = 10
        let x = lp.addColumn(named: "x", cost: 2)
        let y = lp.addColumn(named: "y", cost: 3)
        let first = lp.addRow(named: "first", bounds: .atLeast(4), terms: [(x, 1), (y, 1)])
        let second = lp.addRow(named: "second", bounds: .atLeast(6), terms: [(x, 1), (y, 3)])
        let solution = try GLPKProblem(lp).solve(SolverOptions(method: method))
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 19) < 1e-6)
        #expect(abs(solution[x] - 3) < 1e-6 && abs(solution[y] - 1) < 1e-6)
        #expect(abs(solution.dual(of: first) - 1.5) < 1e-6)
        #expect(abs(solution.dual(of: second) - 0.5) < 1e-6)
        #expect(abs(lp.objectiveValue(of: solution.columnValues) - 19) < 1e-6)
    }

    @Test("Infeasible LP is reported as infeasible", arguments: [true, false])
    func infeasible(presolve: Bool) throws {
        var lp = LinearProgram()
        let x = lp.addColumn(named: "x", bounds: .atMost(1), cost: 1)
        lp.addRow(named: "needs_two", bounds: .atLeast(2), terms: [(x, 1)])
        #expect(try GLPKProblem(lp).solve(SolverOptions(method: .dualSimplex, presolve: presolve)).status == .infeasible)
        #expect(try GLPKProblem(lp).solve(SolverOptions(method: .primalSimplex, presolve: presolve)).status == .infeasible)
    }

    @Test("Unbounded LP is reported as unbounded", arguments: [SolverMethod.dualSimplex, .primalSimplex])
    func unbounded(method: SolverMethod) throws {
        var lp = LinearProgram(sense: .maximize)
        let x = lp.addColumn(named: "x", cost: 1)
        let y = lp.addColumn(named: "y", cost: 1)
        lp.addRow(named: "gap", bounds: .atMost(1), terms: [(x, 1), (y, -1)])
        #expect(try GLPKProblem(lp).solve(SolverOptions(method: method, presolve: true)).status == .unbounded)
        #expect(try GLPKProblem(lp).solve(SolverOptions(method: method, presolve: false)).status == .unbounded)
    }

    @Test("Interior point on an infeasible LP does not claim optimality")
    func interiorInfeasible() throws {
        var lp = LinearProgram()
        let x = lp.addColumn(named: "x", bounds: .atMost(1), cost: 1)
        lp.addRow(named: "needs_two", bounds: .atLeast(2), terms: [(x, 1)])
        let solution = try GLPKProblem(lp).solve(SolverOptions(method: .interiorPoint))
        #expect(solution.status != .optimal)
        #expect(!solution.status.hasSolution)
    }
}
