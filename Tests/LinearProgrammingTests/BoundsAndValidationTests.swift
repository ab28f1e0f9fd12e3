import Testing
@testable import LinearProgramming

@Suite("Bounds and validation")
struct BoundsAndValidationTests {
    @Test("Equal bounds become fixed")
    func equalBoundsBecomeFixed() {
        #expect(Bounds(lower: 3, upper: 3) == .fixed(3))
        #expect(Bounds.upTo(0) == .fixed(0))
        #expect(GLPKBounds(.between(2, 2)).type == 5)  // GLP_FX
    }

    @Test("A column with equal ends solves at that value instead of failing with GLP_EBOUND")
    func equalEndsSolve() throws {
        var lp = LinearProgram()
        let x = lp.addColumn(named: "x", bounds: .between(2, 2), cost: 1)
        let y = lp.addColumn(named: "y", bounds: Bounds(lower: 5, upper: 5), cost: 1)
        lp.addRow(named: "sum", bounds: .atLeast(0), terms: [(x, 1), (y, 1)])
        for options in [SolverOptions(method: .dualSimplex, presolve: false), SolverOptions(method: .primalSimplex)] {
            let solution = try GLPKProblem(lp).solve(options)
            #expect(solution.status == .optimal)
            #expect(abs(solution.objective - 7) < 1e-9)
        }
    }

    @Test("NaN cost is rejected before GLPK, naming the column")
    func nanCost() {
        var lp = LinearProgram()
        lp.addColumn(named: "gen[coal,t=3]", cost: .nan)
        #expect { try GLPKProblem(lp) } throws: { error in
            "\(error)".contains("gen[coal,t=3]") && "\(error)".contains("not a finite number")
        }
    }

    @Test("Crossed bounds are rejected, naming the row")
    func crossedBounds() {
        var lp = LinearProgram()
        let x = lp.addColumn(named: "x")
        lp.addRow(named: "balance[t=1]", bounds: .between(5, 1), terms: [(x, 1)])
        #expect { try GLPKProblem(lp) } throws: { error in
            "\(error)".contains("balance[t=1]") && "\(error)".contains("exceeds upper bound")
        }
    }

    @Test("Infinite bound and infinite coefficient are rejected")
    func infinities() {
        var lp = LinearProgram()
        let x = lp.addColumn(named: "x", bounds: .atMost(.infinity))
        #expect(throws: GLPKError.self) { try GLPKProblem(lp) }
        lp.setBounds(.nonNegative, of: x)
        lp.addRow(named: "r", bounds: .atMost(1), terms: [(x, -.infinity)])
        #expect { try GLPKProblem(lp) } throws: { "\($0)".contains("coefficient -inf") }
    }

    @Test("A coefficient given twice is rejected (GLPK would abort)")
    func duplicateCoefficient() {
        var lp = LinearProgram()
        let x = lp.addColumn(named: "x")
        let row = lp.addRow(named: "r", bounds: .atMost(1), terms: [(x, 1)])
        lp.addCoefficient(row: row, column: x, value: 2)
        #expect { try GLPKProblem(lp) } throws: { "\($0)".contains("given twice") }
    }

    @Test("Out-of-range handles and bad bounds on a loaded problem are Swift errors")
    func outOfRangeOnLoadedProblem() throws {
        let problem = try GLPKProblem(wyndor().0)
        #expect(throws: GLPKError.self) { try problem.setBounds(.atMost(1), of: ColumnID(index: 9)) }
        #expect(throws: GLPKError.self) { try problem.setBounds(.between(3, 1), of: RowID(index: 0)) }
        #expect(throws: GLPKError.self) { try problem.setCost(.nan, of: ColumnID(index: 0)) }
        #expect(try problem.solve().status == .optimal)
    }
}
