import CGLPK
import Testing
@testable import LinearProgramming

/// min x + y + 2z s.t. x + y + z = 100, 0 ≤ x, y ≤ 100, z ≥ 0. x and y are the same cheapest supply, so every
/// split x + y = 100 (z = 0) is optimal at cost 100: the optimal face is a segment, its centre (where interior
/// point ends, by symmetry) is x = y = 50, and its two vertices are (100, 0) and (0, 100).
func twinSupplies() -> (LinearProgram, x: ColumnID, y: ColumnID, z: ColumnID) {
    var lp = LinearProgram()
    let x = lp.addColumn(named: "x", bounds: .between(0, 100), cost: 1)
    let y = lp.addColumn(named: "y", bounds: .between(0, 100), cost: 1)
    let z = lp.addColumn(named: "z", cost: 2)
    lp.addRow(named: "demand", bounds: .fixed(100), terms: [(x, 1), (y, 1), (z, 1)])
    return (lp, x, y, z)
}

@Suite("Crossover from the interior point to a vertex")
struct CrossoverTests {
    @Test("Degenerate LP: interior point ends mid-face, crossover returns an optimal vertex GLPK accepts")
    func degenerateFace() throws {
        let (lp, x, y, z) = twinSupplies()
        let interior = try GLPKProblem(lp).solve(SolverOptions(method: .interiorPoint))
        #expect(abs(interior[x] - 50) < 1e-3 && abs(interior[y] - 50) < 1e-3)

        let problem = try GLPKProblem(lp)
        let vertex = try problem.solve(SolverOptions(method: .crossover))
        #expect(vertex.status == .optimal)
        #expect(vertex.method == .crossover)
        #expect(abs(vertex.objective - 100) < 1e-9)
        let split = [vertex[x], vertex[y]].sorted()
        #expect(abs(split[0]) < 1e-9 && abs(split[1] - 100) < 1e-9)
        #expect(abs(vertex[z]) < 1e-9)
        // The basis left behind is optimal: a warm dual simplex from it has nothing to do.
        let confirm = try problem.solve(SolverOptions(method: .dualSimplex, presolve: false))
        #expect(confirm.status == .optimal && confirm.iterations == 0)
        #expect(abs(confirm.objective - 100) < 1e-9)
    }

    /// min a + b + 3c + 3d s.t. a + b + c = 80, 2a + 2b + d = 160, 0 ≤ a, b ≤ 100, c, d ≥ 0. a and b are
    /// parallel columns, both strictly inside at the interior point (a = b = 40): taking both into the basis
    /// would make it singular. The optimum is a + b = 80, c = d = 0, cost 80, at a vertex with one of them at 0.
    @Test("A starting basis with two parallel interior columns is repaired")
    func parallelColumns() throws {
        var lp = LinearProgram()
        let a = lp.addColumn(named: "a", bounds: .between(0, 100), cost: 1)
        let b = lp.addColumn(named: "b", bounds: .between(0, 100), cost: 1)
        let c = lp.addColumn(named: "c", cost: 3)
        let d = lp.addColumn(named: "d", cost: 3)
        lp.addRow(named: "first", bounds: .fixed(80), terms: [(a, 1), (b, 1), (c, 1)])
        lp.addRow(named: "second", bounds: .fixed(160), terms: [(a, 2), (b, 2), (d, 1)])
        let problem = try GLPKProblem(lp)
        let interior = try problem.solve(SolverOptions(method: .interiorPoint))
        #expect(interior[a] > 1 && interior[b] > 1)

        // The crash places one of the twins and holds the other at its interior value: never both basic.
        let start = CrossoverStart(
            bounds: LoadedBounds(type: [GLP_FX, GLP_FX, GLP_DB, GLP_DB, GLP_LO, GLP_LO], lower: [80, 160, 0, 0, 0, 0],
                                 upper: [80, 160, 100, 100, 0, 0]),
            matrix: ColumnMatrix(rowCount: 2, columnStart: [0, 2, 4, 5, 6], rows: [0, 1, 0, 1, 0, 1], values: [1, 2, 1, 2, 1, 1]),
            values: [80, 160, interior[a], interior[b], interior[c], interior[d]],
            reducedCosts: [0, 0, 0, 0, 2, 1])
        #expect(start.status.filter { $0 == GLP_BS }.count == 2)
        #expect(start.status[2] != start.status[3])
        #expect(start.shifted.count == 1)

        let vertex = try problem.crossover(from: interior)
        #expect(vertex.status == .optimal)
        #expect(abs(vertex.objective - 80) < 1e-9)
        #expect(abs(vertex[a] + vertex[b] - 80) < 1e-9 && min(vertex[a], vertex[b]) < 1e-9)
    }

    @Test("Textbook LP (Wyndor): crossover ends at the unique optimal vertex with its shadow prices")
    func wyndorVertex() throws {
        let (lp, x, y, rows) = wyndor()
        let problem = try GLPKProblem(lp)
        let (solution, fallback) = try problem.solveVertex()
        #expect(fallback == nil)
        #expect(solution.method == .crossover && solution.status == .optimal)
        #expect(abs(solution.objective - 36) < 1e-9 && abs(solution[x] - 2) < 1e-9 && abs(solution[y] - 6) < 1e-9)
        #expect(abs(solution.dual(of: rows[1]) - 1.5) < 1e-9 && abs(solution.dual(of: rows[2]) - 1) < 1e-9)
    }

    @Test("A crossover that fails (iteration limit 0) falls back to dual simplex and says so")
    func fallback() throws {
        let (lp, x, y, _) = twinSupplies()
        let (solution, reason) = try GLPKProblem(lp).solveVertex(crossoverIterationLimit: 0)
        #expect(solution.method == .dualSimplex && solution.status == .optimal)
        #expect(reason == "crossover from the interior point ended 'iteration_limit'; solved again with dual simplex")
        #expect(abs(solution.objective - 100) < 1e-9 && abs(solution[x] + solution[y] - 100) < 1e-9)
    }

    /// The twin supplies' interior point holds one of x, y at a moved bound (the crash places only one of the
    /// pair), so the crossover needs at least half an iteration by its estimate; with no time at all its first
    /// tenth does none, the pace is 0, and it gives up at once.
    @Test("A crossover with no time left gives up at its pace check, with status time limit and the reason")
    func paceCheck() throws {
        let (lp, _, _, _) = twinSupplies()
        let problem = try GLPKProblem(lp)
        let interior = try problem.solve(SolverOptions(method: .interiorPoint))
        let crossed = try problem.crossover(from: interior, timeLimitSeconds: 0)
        #expect(crossed.status == .timeLimit)
        #expect(crossed.notes.contains { $0.hasPrefix("crossover: given up after 0 iterations") })
        // With time to spare the same crossover reaches the vertex.
        let again = try GLPKProblem(lp)
        let vertex = try again.crossover(from: try again.solve(SolverOptions(method: .interiorPoint)), timeLimitSeconds: 60)
        #expect(vertex.status == .optimal && abs(vertex.objective - 100) < 1e-9)
    }

    @Test("A crossover from another problem's solution is refused, naming both sizes")
    func mismatchedSolution() throws {
        let interior = try GLPKProblem(wyndor().0).solve(SolverOptions(method: .interiorPoint))
        // Wyndor has 2 columns and 3 rows, the twin-supplies LP 3 columns and 1 row.
        let error = #expect(throws: GLPKError.self) { try GLPKProblem(twinSupplies().0).crossover(from: interior) }
        #expect(error?.description == "out of range: a solution of 2 columns and 3 rows for a problem of 3 and 1")
    }
}
