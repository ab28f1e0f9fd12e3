import CGLPK
import CGLPKGuard
import Foundation

extension GLPKProblem {
    /// A vertex: interior point, then a crossover to an optimal basis; dual simplex (with presolve) from scratch
    /// when the interior point or the crossover fails. The solution's `method` says which path produced it
    /// (``SolverMethod/crossover`` when the crossover succeeded); `fallbackReason` says why it fell back.
    /// `crossoverIterationLimit` caps the crossover's simplex iterations (0 makes it fail at once, for tests).
    public func solveVertex(timeLimitSeconds: Double? = nil, crossoverIterationLimit: Int? = nil) throws(GLPKError)
        -> (solution: Solution, fallbackReason: String?)
    {
        let outcome = try solveInteriorWithFallback(timeLimitSeconds: timeLimitSeconds)
        guard outcome.solution.method == .interiorPoint else { return outcome }
        let interior = outcome.solution
        let crossed = try crossover(from: interior, iterationLimit: crossoverIterationLimit)
        if crossed.status == .optimal { return (crossed, nil) }
        var simplex = try solve(SolverOptions(method: .dualSimplex, presolve: true, timeLimitSeconds: timeLimitSeconds))
        simplex.seconds += interior.seconds + crossed.seconds
        simplex.log = interior.log + crossed.log + simplex.log
        simplex.notes = interior.notes + simplex.notes
        return (simplex, "crossover from the interior point ended '\(crossed.status.rawValue)'; solved again with dual simplex")
    }

    /// Crossover from an interior-point solution of this problem (as ``solve(_:)`` returned it) to an optimal basis.
    ///
    /// Builds a nonsingular starting basis from the interior point (see ``CrossoverStart``), runs primal simplex
    /// without presolve with the unplaced candidates' bounds moved to their interior values, puts the real bounds
    /// back and lets a warm dual simplex finish: its optimal status is GLPK's own proof that the basis is optimal
    /// for this problem. Returns that simplex's solution (method ``SolverMethod/crossover``); any status other than
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
        let start = CrossoverStart(
            bounds: bounds, matrix: try columnMatrix(),
            values: interior.rowActivities + interior.columnValues, reducedCosts: interior.rowDuals + interior.reducedCosts)
        for shift in start.shifted { try setBounds(type: shift.type, lower: shift.lower, upper: shift.upper, ofVariable: shift.variable) }
        try setStatuses(start.status)
        var code: Int32 = 0
        try guarded("glp_warm_up") { gfx_warm_up($0, &code) }
        var log = Self.takeOutput()
        var notes = [
            "crossover: \(start.basicColumns) columns and \(rowCount - start.basicColumns) row slacks in the starting basis "
                + "(\(start.slackRows) of them where no column fitted), \(start.shifted.count) interior values held at moved bounds"
        ]
        var status = SolveStatus.numericalFailure
        if code == 0 {
            var limit = iterationLimit
            let deadline = timeLimitSeconds.map { Double(started) / 1e9 + $0 }
            let pushed = try primalPush(held: start.shifted.count, iterationLimit: limit, deadline: deadline, log: &log, notes: &notes)
            limit = limit.map { max(0, $0 - pushed.iterations) }
            try restoreBounds(start.shifted, original: bounds)
            status = pushed.status == .timeLimit ? .timeLimit : try simplexPass(GLP_DUALP, iterationLimit: limit, deadline: deadline, log: &log).status
            notes.append("crossover: primal simplex from that basis took \(pushed.iterations) iterations (ended '\(pushed.status.rawValue)')")
        } else {
            try restoreBounds(start.shifted, original: bounds)
            notes.append("crossover: GLPK rejected the starting basis (glp_warm_up returned \(code))")
        }
        var solution = try values(interior: false, status: status, method: .crossover)
        solution.iterations = try iterationCount() - iterationsBefore
        solution.log = log
        solution.notes = interior.notes + notes
        solution.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return solution
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

    private func loadedBounds() throws(GLPKError) -> LoadedBounds {
        var rowType = [Int32](repeating: 0, count: rowCount), columnType = [Int32](repeating: 0, count: columnCount)
        var rowLower = [Double](repeating: 0, count: rowCount), rowUpper = rowLower
        var columnLower = [Double](repeating: 0, count: columnCount), columnUpper = columnLower
        try guarded("read bounds") { gfx_get_bounds($0, &rowType, &rowLower, &rowUpper, &columnType, &columnLower, &columnUpper) }
        return LoadedBounds(type: rowType + columnType, lower: rowLower + columnLower, upper: rowUpper + columnUpper)
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
