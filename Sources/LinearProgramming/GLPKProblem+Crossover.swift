import CGLPK
import CGLPKGuard
import Foundation

extension GLPKProblem {
    /// A vertex: interior point, then a crossover to an optimal basis. When the interior point fails, dual simplex
    /// (with presolve) from scratch; when the crossover fails, the same, or with `keepingInteriorPoint` the interior
    /// point itself (optimal, not a vertex). An interior point GLPK stops on numerical instability within
    /// `acceptedInteriorGap` is not solved a second time (``SolverOptions/retryingInstabilityStop``): the crossover
    /// starts from it; only when the crossover fails and an interior point is to be kept is it solved again with the
    /// second attempt. The solution's `method` says which path produced it (``SolverMethod/crossover`` when the
    /// crossover succeeded); `fallbackReason` says why it fell back.
    /// `acceptedInteriorGap` and `ordering` are the interior point's (as in ``solveInteriorWithFallback(timeLimitSeconds:acceptedInteriorGap:ordering:retryingInstabilityStop:)``);
    /// `crossoverIterationLimit` caps the crossover's simplex iterations (0 makes it fail at once, for tests);
    /// `crossoverTimeLimit` gives its time from the interior point's seconds.
    public func solveVertex(timeLimitSeconds: Double? = nil, acceptedInteriorGap: Double = SolverOptions.provenGap,
                            ordering: InteriorOrdering = .symamd, crossoverIterationLimit: Int? = nil,
                            crossoverTimeLimit: ((Double) -> Double)? = nil, keepingInteriorPoint: Bool = false) throws(GLPKError)
        -> (solution: Solution, fallbackReason: String?)
    {
        let outcome = try solveInteriorWithFallback(timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: acceptedInteriorGap,
                                                    ordering: ordering, retryingInstabilityStop: false)
        guard outcome.solution.method == .interiorPoint else { return outcome }
        var interior = outcome.solution
        if interior.relativeGap != nil {
            interior.notes.append("no second interior point: the crossover starts from the stopped point, and GLPK's simplex proves "
                + "the vertex it reaches optimal")
        }
        var crossed = try crossover(from: interior, iterationLimit: crossoverIterationLimit,
                                    timeLimitSeconds: crossoverTimeLimit.map { $0(interior.seconds) })
        let failure = "crossover from the interior point ended '\(crossed.status.rawValue)'"
        crossed.crossoverSeconds = crossed.seconds
        if crossed.status == .optimal {
            crossed.seconds += interior.seconds
            return (crossed, nil)
        }
        if keepingInteriorPoint, interior.relativeGap == nil {
            var kept = interior
            kept.seconds += crossed.seconds
            kept.crossoverSeconds = crossed.seconds
            return (kept, failure + "; the interior point is kept")
        }
        if keepingInteriorPoint {
            // A point GLPK stopped at is not the answer: the interior point is solved again with its second attempt.
            var again = try solveInteriorWithFallback(timeLimitSeconds: timeLimitSeconds, acceptedInteriorGap: acceptedInteriorGap, ordering: ordering)
            again.solution.seconds += interior.seconds + crossed.seconds
            again.solution.crossoverSeconds = crossed.seconds
            return (again.solution, failure + "; interior point solved again, with a second attempt after its instability stop"
                + (again.fallbackReason.map { "; " + $0 } ?? ""))
        }
        var simplex = try solve(SolverOptions(method: .dualSimplex, presolve: true, timeLimitSeconds: timeLimitSeconds))
        simplex.seconds += interior.seconds + crossed.seconds
        simplex.crossoverSeconds = crossed.seconds
        simplex.log = interior.log + crossed.log + simplex.log
        simplex.notes = interior.notes + simplex.notes
        return (simplex, failure + "; solved again with dual simplex")
    }

    /// Crossover from an interior-point solution of this problem (as ``solve(_:)`` returned it) to an optimal basis.
    ///
    /// A program whose columns span more than a week (by their names, see ``TimeBlocks``) is crossed over block by
    /// block first (``BlockCrossoverPass``) and the joined bases start the crossover of the whole. Otherwise, or when
    /// that fails, a nonsingular starting basis is built from the interior point (see ``CrossoverStart``). Either
    /// way primal simplex without presolve runs with the values left inside their bounds held on moved bounds, the
    /// real bounds are put back and a warm dual simplex finishes: its optimal status is GLPK's own proof that the
    /// basis is optimal for this problem. Returns that simplex's solution (method ``SolverMethod/crossover``); any status other than
    /// optimal means the crossover failed, and the problem's basis is then of no use. `timeLimitSeconds` bounds the
    /// simplex runs together (status ``SolveStatus/timeLimit`` when it is reached).
    public func crossover(from interior: Solution, iterationLimit: Int? = nil, timeLimitSeconds: Double? = nil) throws(GLPKError) -> Solution {
        guard interior.columnValues.count == columnCount, interior.rowActivities.count == rowCount else {
            throw .outOfRange("a solution of \(interior.columnValues.count) columns and \(interior.rowActivities.count) rows "
                + "for a problem of \(columnCount) and \(rowCount)")
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let iterationsBefore = try iterationCount()
        let bounds = try loadedBounds()
        let deadline = timeLimitSeconds.map { Double(started) / 1e9 + $0 }
        var log = "", notes: [String] = []
        var status = SolveStatus.numericalFailure
        var blockIterations = 0
        let blocks = TimeBlocks(columnNames: program.columnNames)
        if blocks.count > 1, !changedSinceLoad {
            var pass = BlockCrossoverPass(program: program, blocks: blocks, interior: interior)
            // The outermost blocks (groups of weeks) are crossed over on all cores first; weeks and days inside
            // them, small enough for a thread's start-up to count, one after another.
            let inParallel = blocks.hoursPerBlock > TimeBlocks.week && ProcessInfo.processInfo.activeProcessorCount > 1
            if try pass.run(inParallel: inParallel), let start = pass.start(bounds: bounds) {
                notes.append("crossover: \(blocks.count) blocks of \(blocks.hoursPerBlock) hours crossed over one by one "
                    + "(\(pass.iterations) simplex iterations), \(pass.demoted) basic variables given up where blocks meet, "
                    + "\(start.shifted.count) values held at moved bounds")
                blockIterations = pass.iterations
                status = try finish(from: start, bounds: bounds, iterationLimit: iterationLimit, deadline: deadline, log: &log, notes: &notes)
            } else {
                notes.append("crossover: the blocks' bases could not be joined; crossing over the whole program at once")
            }
        }
        if status != .optimal && status != .timeLimit {
            let start = CrossoverStart(
                bounds: bounds, matrix: try columnMatrix(),
                values: interior.rowActivities + interior.columnValues, reducedCosts: interior.rowDuals + interior.reducedCosts)
            notes.append("crossover: \(start.basicColumns) columns and \(rowCount - start.basicColumns) row slacks in the starting basis "
                + "(\(start.slackRows) of them where no column fitted), \(start.shifted.count) interior values held at moved bounds")
            let used = try iterationCount() - iterationsBefore
            let limit = iterationLimit.map { max(0, $0 - used) }
            status = try finish(from: start, bounds: bounds, iterationLimit: limit, deadline: deadline, log: &log, notes: &notes)
        }
        var solution = try values(interior: false, status: status, method: .crossover)
        solution.iterations = try iterationCount() - iterationsBefore + blockIterations
        solution.log = log
        solution.notes = interior.notes + notes
        solution.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return solution
    }

    /// Runs a crossover from a start: its moved bounds and statuses loaded, primal simplex, the real bounds back,
    /// dual simplex. Returns the final status (optimal only when GLPK proved the basis optimal).
    private func finish(from start: CrossoverStart, bounds: LoadedBounds, iterationLimit: Int?, deadline: Double?,
                        log: inout String, notes: inout [String]) throws(GLPKError) -> SolveStatus {
        for shift in start.shifted { try setBounds(type: shift.type, lower: shift.lower, upper: shift.upper, ofVariable: shift.variable) }
        try setStatuses(start.status)
        var code: Int32 = 0
        try guarded("glp_warm_up") { gfx_warm_up($0, &code) }
        log += Self.takeOutput()
        guard code == 0 else {
            try restoreBounds(start.shifted, original: bounds)
            notes.append("crossover: GLPK rejected the starting basis (glp_warm_up returned \(code))")
            return .numericalFailure
        }
        let pushed = try primalPush(held: start.shifted.count, iterationLimit: iterationLimit, deadline: deadline, log: &log, notes: &notes)
        let limit = iterationLimit.map { max(0, $0 - pushed.iterations) }
        try restoreBounds(start.shifted, original: bounds)
        notes.append("crossover: primal simplex from that basis took \(pushed.iterations) iterations (ended '\(pushed.status.rawValue)')")
        if pushed.status == .timeLimit { return .timeLimit }
        return try simplexPass(GLP_DUALP, iterationLimit: limit, deadline: deadline, log: &log).status
    }

    /// Share of the time limit after which a crossover checks its pace (see ``primalPush(held:iterationLimit:deadline:log:notes:)``).
    static let paceCheckShare = 0.1
    /// Simplex iterations a crossover needs per interior value held at a moved bound, a cautious lower estimate: on the
    /// full-year Guangxi 2030 case, 37,427 held values took 11,021 primal and 18,185 dual iterations, 0.78 each
    /// (Benchmarks/README.md, "Where the time goes").
    static let iterationsPerHeldValue = 0.5

    /// The primal simplex of a crossover. Under a deadline it first runs for a tenth of the time left and stops there
    /// (status time limit) when, at the pace measured, the iterations the held values still need would not fit in
    /// the rest: a crossover that cannot pay is given up after a tenth of its allowance, not at its end.
    private func primalPush(held: Int, iterationLimit: Int?, deadline: Double?, log: inout String, notes: inout [String]) throws(GLPKError)
        -> (status: SolveStatus, iterations: Int)
    {
        guard let deadline else { return try simplexPass(GLP_PRIMAL, iterationLimit: iterationLimit, deadline: nil, log: &log) }
        let begun = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        let checkpoint = begun + (deadline - begun) * Self.paceCheckShare
        let first = try simplexPass(GLP_PRIMAL, iterationLimit: iterationLimit, deadline: checkpoint, log: &log)
        guard first.status == .timeLimit else { return first }
        let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        let pace = Double(first.iterations) / max(now - begun, 1e-9)
        let needed = Double(held) * Self.iterationsPerHeldValue - Double(first.iterations)
        if pace * (deadline - now) < needed {
            notes.append("crossover: given up after \(first.iterations) iterations in \(String(format: "%.2f", now - begun)) s: "
                + "at that pace the about \(Int(needed)) iterations still needed take longer than the \(String(format: "%.2f", deadline - now)) s left")
            return first
        }
        let rest = try simplexPass(GLP_PRIMAL, iterationLimit: iterationLimit.map { max(0, $0 - first.iterations) }, deadline: deadline, log: &log)
        return (rest.status, first.iterations + rest.iterations)
    }

    /// One simplex run without presolve from the current basis, until `deadline` (uptime seconds) at the latest; a
    /// limit of 0 runs nothing.
    private func simplexPass(_ method: Int32, iterationLimit: Int?, deadline: Double?, log: inout String) throws(GLPKError)
        -> (status: SolveStatus, iterations: Int)
    {
        if iterationLimit == 0 { return (.iterationLimit, 0) }
        var milliseconds: Int32 = 0
        if let deadline {
            let left = deadline - Double(DispatchTime.now().uptimeNanoseconds) / 1e9
            if left <= 0 { return (.timeLimit, 0) }
            milliseconds = Int32(clamping: Int((left * 1000).rounded(.up)))
        }
        let before = try iterationCount()
        var code: Int32 = 0
        let limit = Int32(clamping: iterationLimit ?? 0)
        try guarded("glp_simplex") { gfx_simplex($0, method, 0, milliseconds, limit, &code) }
        log += Self.takeOutput()
        return (try simplexStatus(returnCode: code), try iterationCount() - before)
    }

    /// Puts back the bounds the crossover moved, and moves a variable left nonbasic on a moved bound to a real one.
    private func restoreBounds(_ shifted: [CrossoverStart.ShiftedBound], original: LoadedBounds) throws(GLPKError) {
        guard !shifted.isEmpty else { return }
        for shift in shifted {
            try setBounds(type: original.type[shift.variable], lower: original.lower[shift.variable],
                          upper: original.upper[shift.variable], ofVariable: shift.variable)
        }
        let current = try basis()
        let values = try values(interior: false, status: .feasible, method: .crossover)
        let primal = values.rowActivities + values.columnValues
        var statuses = current.rowStatus + current.columnStatus
        for shift in shifted {
            statuses[shift.variable] = CrossoverStart.restoredStatus(
                statuses[shift.variable], variable: shift.variable, bounds: original, value: primal[shift.variable])
        }
        try setStatuses(statuses)
    }

    private func setStatuses(_ statuses: [Int32]) throws(GLPKError) {
        try restore(Basis(rowStatus: Array(statuses[..<rowCount]), columnStatus: Array(statuses[rowCount...])))
    }

    private func setBounds(type: Int32, lower: Double, upper: Double, ofVariable variable: Int) throws(GLPKError) {
        if variable < rowCount {
            try guarded("glp_set_row_bnds") { gfx_set_row_bnds($0, Int32(variable + 1), type, lower, upper) }
        } else {
            try guarded("glp_set_col_bnds") { gfx_set_col_bnds($0, Int32(variable - rowCount + 1), type, lower, upper) }
        }
    }

    func loadedBounds() throws(GLPKError) -> LoadedBounds {
        var rowType = [Int32](repeating: 0, count: rowCount), columnType = [Int32](repeating: 0, count: columnCount)
        var rowLower = [Double](repeating: 0, count: rowCount), rowUpper = rowLower
        var columnLower = [Double](repeating: 0, count: columnCount), columnUpper = columnLower
        try guarded("read bounds") { gfx_get_bounds($0, &rowType, &rowLower, &rowUpper, &columnType, &columnLower, &columnUpper) }
        return LoadedBounds(type: rowType + columnType, lower: rowLower + columnLower, upper: rowUpper + columnUpper)
    }

    /// Columns of the current basis inverse for the given 0-based rows (``ColumnMatrix`` layout aside: `columns[k·m + i]`
    /// is row `rows[k]`'s entry for the i-th basic variable), and the basic variables (rows first, then columns).
    func inverseColumns(rows: [Int]) throws(GLPKError) -> (columns: [Double], head: [Int]) {
        var columns = [Double](repeating: 0, count: rows.count * rowCount), head = [Int32](repeating: 0, count: rowCount)
        var code: Int32 = 0
        try guarded("glp_ftran") { gfx_inverse_columns($0, Int32(rows.count), rows.map { Int32($0) }, &columns, &head, &code) }
        guard code == 0 else { throw .outOfRange("the basis could not be factorized (glp_factorize returned \(code))") }
        return (columns, head.map(Int.init))
    }

    private func columnMatrix() throws(GLPKError) -> ColumnMatrix {
        var count: Int32 = 0
        try guarded("glp_get_num_nz") { gfx_nonzero_count($0, &count) }
        var start = [Int32](repeating: 0, count: columnCount + 1), rows = [Int32](repeating: 0, count: Int(count))
        var values = [Double](repeating: 0, count: Int(count))
        try guarded("read matrix") { gfx_get_matrix_columns($0, &start, &rows, &values) }
        return ColumnMatrix(rowCount: rowCount, columnStart: start, rows: rows, values: values)
    }
}
