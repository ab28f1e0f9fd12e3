import Testing
@testable import LinearProgramming

/// A lossless store beside a generator, in two weeks of four hours each (hours 1–4 and 169–172, so the crossover
/// sees two blocks: the days that hold them). Load 40 MW every hour; generation costs 10 EUR/MWh in the first two
/// hours of each week and 50 in the last two; the store charges and discharges up to 30 MW and holds up to 60 MWh, its level
/// handed on from hour 4 to hour 169 (a row in both blocks); generation in the cheap hours of the year is at most
/// 260 MWh (a row in every block, binding).
///
/// By hand: without the yearly limit each week would charge 30 + 30 MWh in its cheap hours and discharge it in its
/// dear ones, 2,400 EUR a week (cheap hours 2 × 70 MWh × 10, dear hours 2 × 10 MWh × 50), with 280 MWh generated
/// cheaply. The limit leaves 20 MWh unshifted, each costing 50 − 10 = 40 EUR more: 4,800 + 800 = 5,600 EUR.
/// Lossless charging and discharging in the same hour costs nothing, so the optimal face is wide and the interior
/// point ends inside it, with more columns strictly inside their bounds than there are rows (17); a vertex has at
/// most one per row.
private struct TwoWeekStore {
    let program: LinearProgram
    let charge: [ColumnID]
    let discharge: [ColumnID]

    /// Columns strictly inside their bounds (by more than 1e-7 MW) in a solution.
    func inside(_ solution: Solution) -> Int {
        zip(program.columnBounds, solution.columnValues).count { bounds, value in
            value > (bounds.lower ?? -.infinity) + 1e-7 && value < (bounds.upper ?? .infinity) - 1e-7
        }
    }

    /// The second week's four hours start at `secondWeek` (a week's first hour: 169 for the week after the first).
    init(secondWeek: Int = 169) {
        var lp = LinearProgram()
        var charge: [ColumnID] = [], discharge: [ColumnID] = []
        var previousLevel: ColumnID?
        var cheapGeneration: [(ColumnID, Double)] = []
        for hour in [1, 2, 3, 4] + (secondWeek..<secondWeek + 4) {
            let cheap = hour % 168 == 1 || hour % 168 == 2
            let generation = lp.addColumn(named: "gen[g,t=\(hour)]", bounds: .between(0, 100), cost: cheap ? 10 : 50)
            let inflow = lp.addColumn(named: "charge[s,t=\(hour)]", bounds: .between(0, 30))
            let outflow = lp.addColumn(named: "discharge[s,t=\(hour)]", bounds: .between(0, 30))
            let level = lp.addColumn(named: "soc[s,t=\(hour)]", bounds: .between(0, 60))
            lp.addRow(named: "balance[t=\(hour)]", bounds: .fixed(40), terms: [(generation, 1), (outflow, 1), (inflow, -1)])
            var terms = [(level, 1.0), (inflow, -1.0), (outflow, 1.0)]
            if let previousLevel { terms.append((previousLevel, -1)) }
            lp.addRow(named: "soc_balance[s,t=\(hour)]", bounds: .fixed(0), terms: terms)
            previousLevel = level
            charge.append(inflow)
            discharge.append(outflow)
            if cheap { cheapGeneration.append((generation, 1)) }
        }
        lp.addRow(named: "cheap_year[g]", bounds: .atMost(260), terms: cheapGeneration)
        program = lp
        self.charge = charge
        self.discharge = discharge
    }
}

@Suite("Crossover block by block")
struct BlockCrossoverTests {
    @Test("Hours are read off the builders' names")
    func hoursFromNames() {
        #expect(TimeBlocks.hour(inName: "gen[coal,t=17]") == 17)
        #expect(TimeBlocks.hour(inName: "balance[t=8760]") == 8760)
        #expect(TimeBlocks.hour(inName: "flow[GD-GX,t=5]") == 5)
        // Day 3 starts at hour 2·24 + 1.
        #expect(TimeBlocks.hour(inName: "hydro_day[hydro,d=3]") == 49)
        #expect(TimeBlocks.hour(inName: "shortfall[re_utilisation_national]") == nil)
        #expect(TimeBlocks.hour(inName: "x") == nil)
        #expect(TimeBlocks.hour(inName: "cost[t=]") == nil)
    }

    @Test("Blocks are days up to eight days, weeks up to eight weeks, then eight blocks of whole weeks; empty spans make none")
    func grouping() {
        // 100 hours: days 1, 2 and 5 (hours 97–100) hold columns; the unnamed column joins the first.
        let days = TimeBlocks(columnNames: ["a[t=1]", "a[t=24]", "a[t=25]", "a[t=100]", "total"])
        #expect(days.hoursPerBlock == 24)
        #expect(days.blockOfColumn == [0, 0, 1, 2, 0])
        // 1,000 hours: weeks 1, 2 and 6 (hours 841–1,008).
        let weeks = TimeBlocks(columnNames: ["a[t=1]", "a[t=168]", "a[t=169]", "a[t=1000]", "total"])
        #expect(weeks.hoursPerBlock == 168)
        #expect(weeks.blockOfColumn == [0, 0, 1, 2, 0])
        // A year of 8,760 hours: blocks of 7 weeks (1,176 hours); hour 1,177 opens the second, 8,760 the eighth.
        let year = TimeBlocks(columnNames: ["a[t=1]", "a[t=1176]", "a[t=1177]", "a[t=8760]"])
        #expect(year.hoursPerBlock == 1176)
        #expect(year.blockOfColumn == [0, 0, 1, 2])
        #expect(year.count == 3)
    }

    @Test("Two weeks crossed over one by one: a vertex GLPK confirms, with the hand-worked cost")
    func twoWeeks() throws {
        let store = TwoWeekStore()
        let problem = try GLPKProblem(store.program)
        let interior = try problem.solve(SolverOptions(method: .interiorPoint))
        #expect(abs(interior.objective - 5_600) < 1e-3)
        // The interior point charges and discharges at once somewhere on the face, and is no vertex.
        #expect(zip(store.charge, store.discharge).contains { min(interior[$0], interior[$1]) > 1e-3 })
        #expect(store.inside(interior) > store.program.rowCount)

        let vertex = try problem.crossover(from: interior)
        #expect(vertex.status == .optimal)
        #expect(abs(vertex.objective - 5_600) < 1e-9)
        #expect(vertex.notes.contains { $0.hasPrefix("crossover: 2 blocks of 24 hours crossed over one by one") })
        #expect(store.inside(vertex) <= store.program.rowCount)
        // A vertex with basic variables given up where the weeks meet (the level handed on, the yearly row).
        #expect(vertex.notes.contains { $0.contains("basic variables given up where blocks meet") && !$0.contains(" 0 basic") })
        // The basis is GLPK's optimal basis of the whole program: a warm dual simplex has nothing to do.
        let confirm = try problem.solve(SolverOptions(method: .dualSimplex, presolve: false))
        #expect(confirm.status == .optimal && confirm.iterations == 0)
        #expect(abs(confirm.objective - 5_600) < 1e-9)
    }

    @Test("Weeks a year apart are groups of weeks, crossed over on all cores first and then joined in time order")
    func groupsOfWeeksInParallel() throws {
        // Hours 1–4 and 8,401–8,404 (week 51): two blocks of seven weeks, the same program as two weeks side by side.
        let store = TwoWeekStore(secondWeek: 8_401)
        let problem = try GLPKProblem(store.program)
        let interior = try problem.solve(SolverOptions(method: .interiorPoint))
        let blocks = TimeBlocks(columnNames: store.program.columnNames)
        #expect(blocks.count == 2 && blocks.hoursPerBlock == 1_176)
        // Each block first crossed over with the other at the interior point, then warm in time order.
        var pass = BlockCrossoverPass(program: store.program, blocks: blocks, interior: interior)
        #expect(try pass.run(inParallel: true))
        #expect(pass.start(bounds: try problem.loadedBounds()) != nil)

        let vertex = try problem.crossover(from: interior)
        #expect(vertex.status == .optimal)
        #expect(abs(vertex.objective - 5_600) < 1e-9)
        #expect(vertex.notes.contains { $0.hasPrefix("crossover: 2 blocks of 1176 hours crossed over one by one") })
        #expect(store.inside(vertex) <= store.program.rowCount)
        let confirm = try problem.solve(SolverOptions(method: .dualSimplex, presolve: false))
        #expect(confirm.status == .optimal && confirm.iterations == 0)
    }

    @Test("The same program solved by dual simplex from scratch has the same cost")
    func againstSimplex() throws {
        let simplex = try GLPKProblem(TwoWeekStore().program).solve(SolverOptions(method: .dualSimplex))
        #expect(simplex.status == .optimal)
        #expect(abs(simplex.objective - 5_600) < 1e-9)
    }

    @Test("A bound moved by an offset keeps its kind")
    func shiftedBounds() {
        #expect(Bounds.between(1, 3).shifted(by: -1) == .between(0, 2))
        #expect(Bounds.fixed(40).shifted(by: -10) == .fixed(30))
        #expect(Bounds.atMost(100).shifted(by: -20) == .atMost(80))
        #expect(Bounds.atLeast(5).shifted(by: 1) == .atLeast(6))
        #expect(Bounds.free.shifted(by: 7) == .free)
    }
}
