import CGLPK
import Dispatch
import Synchronization

/// The start of a crossover made block by block: each block of hours (``TimeBlocks``: days, weeks or groups of
/// weeks) is crossed over on its own, with every other column held at its current value (and block by block in
/// turn when it spans more than a day), and the blocks' bases are joined into one basis of the whole program.
///
/// Why: a crossover's simplex iterations cost in proportion to the program's size, and a full year holds tens of
/// thousands of values inside their bounds; a week's program is 50 times smaller and its crossover takes
/// milliseconds. The interior point's values restricted to a block are optimal for the block's program (the other
/// columns fixed), and its duals are the block's duals, so each block starts where the whole did.
///
/// Joining: every row is owned by the earliest block it touches. A block's basis has one basic variable per row it
/// touches; the whole needs one per row, so for each row a block touches but does not own (a storage level handed
/// on from the week before, a year-long target) and holds at a bound, one of the block's basic variables is made
/// nonbasic, chosen so that the block's basis without those rows and variables stays nonsingular (its minor in the
/// basis inverse is nonsingular, by Jacobi's identity). Ordered by block, the joined basis is block
/// lower-triangular with those nonsingular blocks on its diagonal, so it is nonsingular. A variable made nonbasic
/// inside its range, or a row a later block moved off the bound its owner held it at, keeps its value on a moved
/// bound (as in ``CrossoverStart``); the crossover of the whole then has only those few left to place.
///
/// The outermost blocks of a long program may first be crossed over all at once on the machine's cores
/// (``run(inParallel:)``), each then finished warm in time order, so the joining above is unchanged.
struct BlockCrossoverPass {
    /// A value within this (relative to 1 + its size) of a bound is at it.
    static let boundTolerance = 1e-9
    /// A variable already at a bound is given up in preference when its pivot in the basis inverse is at least this
    /// share of the largest candidate's.
    static let pivotShare = 0.1
    /// Pivots no larger than this count as zero: the block's basis would become singular.
    static let singularPivot = 1e-9

    private let program: LinearProgram
    private let blocks: TimeBlocks
    private let byColumn: ColumnMatrix
    private let ownerOfRow: [Int]
    private let interior: Solution
    /// Column values, each block's replaced by its crossover's.
    private(set) var values: [Double]
    /// Row activities of `values`.
    private(set) var activity: [Double]
    /// GLPK status of every row, then every column, as the blocks leave them.
    private(set) var status: [Int32]
    /// Simplex iterations of the blocks' crossovers together.
    private(set) var iterations = 0
    /// Basic variables made nonbasic for rows a block touches but does not own.
    private(set) var demoted = 0

    /// Prepares the pass from a program, its grouping and an interior-point solution of it.
    init(program: LinearProgram, blocks: TimeBlocks, interior: Solution) {
        self.program = program
        self.blocks = blocks
        self.interior = interior
        byColumn = ColumnMatrix(program)
        var owner = [Int](repeating: Int.max, count: program.rowCount)
        for column in 0..<program.columnCount {
            for position in byColumn.range(ofColumn: column) {
                let row = Int(byColumn.rows[position])
                owner[row] = min(owner[row], blocks.blockOfColumn[column])
            }
        }
        ownerOfRow = owner.map { $0 == Int.max ? -1 : $0 }
        values = zip(interior.columnValues, program.columnBounds).map { value, bounds in
            min(max(value, bounds.lower ?? -.infinity), bounds.upper ?? .infinity)
        }
        var activity = [Double](repeating: 0, count: program.rowCount)
        for position in program.entryValues.indices {
            activity[Int(program.entryRows[position])] += program.entryValues[position] * values[Int(program.entryColumns[position])]
        }
        self.activity = activity
        status = [Int32](repeating: GLP_BS, count: program.rowCount + program.columnCount)
    }

    /// Crosses over every block in time order; false when a block could be brought to no optimal basis or its
    /// basis could not be joined (the caller then crosses over the whole program at once).
    ///
    /// `inParallel` first crosses over every block at once on the machine's cores, each with the other blocks held
    /// at the interior point (``prestartBases()``); the blocks are then taken in time order as before, each
    /// starting from its own basis: only the rows it shares with earlier blocks have moved, which leaves that basis
    /// dual feasible (the costs and the matrix are the same), so a warm dual simplex finishes it in a few
    /// iterations. The result is the same kind of joined basis, whatever the cores' timing.
    mutating func run(inParallel: Bool = false) throws(GLPKError) -> Bool {
        let prestarts = inParallel ? prestartBases() : []
        for block in 0..<blocks.count {
            guard try cross(block, from: prestarts.isEmpty ? nil : prestarts[block]) else { return false }
        }
        return true
    }

    /// Each block's optimal basis with every other column held at the interior point (nil where its crossover
    /// failed), crossed over on all cores at once; their simplex iterations are added to ``iterations``.
    private mutating func prestartBases() -> [Basis?] {
        let results = Mutex([(basis: Basis, iterations: Int)?](repeating: nil, count: blocks.count))
        let pass = self
        DispatchQueue.concurrentPerform(iterations: blocks.count) { block in
            // A GLPK problem lives on the thread that made it: each block's is made, solved and freed here.
            let crossed = try? pass.crossedFromInterior(block)
            results.withLock { $0[block] = crossed }
        }
        let bases = results.withLock { $0 }
        iterations += bases.reduce(0) { $0 + ($1?.iterations ?? 0) }
        return bases.map { $0?.basis }
    }

    /// One block crossed over with the other columns where they stand now: its basis and simplex iterations, nil
    /// when no optimal basis was reached.
    private func crossedFromInterior(_ block: Int) throws(GLPKError) -> (basis: Basis, iterations: Int)? {
        let part = BlockProgram(of: block, in: self)
        let problem = try GLPKProblem(part.program)
        let crossed = try problem.crossover(from: part.restricted(interior))
        guard crossed.status == .optimal else { return nil }
        return (try problem.basis(), crossed.iterations)
    }

    /// The joined basis as a crossover start, or nil when its count of basic variables is not the number of rows.
    func start(bounds: LoadedBounds) -> CrossoverStart? {
        let all = activity + values
        var statuses = status
        var held: [Int] = []
        for variable in statuses.indices where statuses[variable] != GLP_BS {
            // Nonbasic at the bound its type has, the nearer one when it has two.
            statuses[variable] = CrossoverStart.restoredStatus(GLP_NS, variable: variable, bounds: bounds, value: all[variable])
            let away = bounds.distance(of: variable, at: all[variable]).nearest
            if bounds.type[variable] != GLP_FX, away > Self.boundTolerance * (1 + abs(all[variable])) { held.append(variable) }
        }
        guard statuses.count(where: { $0 == GLP_BS }) == program.rowCount else { return nil }
        var start = CrossoverStart(status: statuses)
        for variable in held { start.shift(variable, bounds: bounds, value: all[variable]) }
        return start
    }

    /// Crosses over one block, warm from `prestart` when given; false when it fails.
    private mutating func cross(_ block: Int, from prestart: Basis?) throws(GLPKError) -> Bool {
        let part = BlockProgram(of: block, in: self)
        let columns = part.columns, rows = part.rows
        let problem = try GLPKProblem(part.program)
        guard let crossed = try optimum(of: problem, part, from: prestart) else { return false }
        iterations += crossed.iterations
        for (index, column) in columns.enumerated() { values[column] = crossed.columnValues[index] }
        for (index, row) in rows.enumerated() { activity[row] = part.fixed[index] + crossed.rowActivities[index] }
        let basis = try problem.basis()
        for (index, column) in columns.enumerated() { status[program.rowCount + column] = basis.columnStatus[index] }
        for (index, row) in rows.enumerated() where ownerOfRow[row] == block { status[row] = basis.rowStatus[index] }
        let inherited = rows.indices.filter { ownerOfRow[rows[$0]] < block && basis.rowStatus[$0] != GLP_BS }
        guard !inherited.isEmpty else { return true }
        guard let chosen = try demotions(for: inherited, of: block, in: problem, rows: rows, solution: crossed) else { return false }
        for variable in chosen {
            // Nonbasic now; `start(bounds:)` puts it at its bound or holds it at its value.
            let full = variable < rows.count ? rows[variable] : program.rowCount + columns[variable - rows.count]
            status[full] = GLP_NL
        }
        demoted += chosen.count
        return true
    }

    /// A block's optimal solution: warm from `prestart` when given and that gets there, otherwise a crossover from
    /// the interior point (dual simplex from scratch when that fails); nil when none reaches an optimum.
    private func optimum(of problem: GLPKProblem, _ part: BlockProgram, from prestart: Basis?) throws(GLPKError) -> Solution? {
        if let prestart {
            try problem.restore(prestart)
            let warm = try problem.solve(SolverOptions(method: .dualSimplex, presolve: false))
            if warm.status == .optimal { return warm }
        }
        var fresh = try problem.crossover(from: part.restricted(interior))
        if fresh.status != .optimal { fresh = try problem.solve(SolverOptions(method: .dualSimplex, presolve: true)) }
        return fresh.status == .optimal ? fresh : nil
    }

    /// One block's own program: its columns, the rows they touch (bounds shifted by what the other columns hold
    /// there, at their current values), and each row's activity from the block's columns and from the rest.
    private struct BlockProgram {
        let columns: [Int]
        let rows: [Int]
        let program: LinearProgram
        /// Each row's activity from the block's own columns, and from every other column.
        let own: [Double], fixed: [Double]
        private let values: [Double]

        init(of block: Int, in pass: BlockCrossoverPass) {
            let whole = pass.program, byColumn = pass.byColumn
            columns = pass.blocks.columns[block]
            var local = [Int](repeating: -1, count: whole.rowCount)
            var rows: [Int] = []
            for column in columns {
                for position in byColumn.range(ofColumn: column) where local[Int(byColumn.rows[position])] < 0 {
                    let row = Int(byColumn.rows[position])
                    local[row] = rows.count
                    rows.append(row)
                }
            }
            var part = LinearProgram(sense: whole.sense)
            var own = [Double](repeating: 0, count: rows.count)
            for (index, column) in columns.enumerated() {
                part.addColumn(named: whole.columnNames[column], bounds: whole.columnBounds[column], cost: whole.objective[column])
                for position in byColumn.range(ofColumn: column) {
                    let row = local[Int(byColumn.rows[position])], value = byColumn.values[position]
                    part.addCoefficient(row: RowID(index: row), column: ColumnID(index: index), value: value)
                    own[row] += value * pass.values[column]
                }
            }
            let fixed = rows.indices.map { pass.activity[rows[$0]] - own[$0] }
            for (index, row) in rows.enumerated() {
                part.addRow(named: whole.rowNames[row], bounds: whole.rowBounds[row].shifted(by: -fixed[index]))
            }
            self.rows = rows
            self.own = own
            self.fixed = fixed
            program = part
            values = columns.map { pass.values[$0] }
        }

        /// The block's part of an interior-point solution, its values as they stand in the pass.
        func restricted(_ interior: Solution) -> Solution {
            Solution(status: .optimal, method: .interiorPoint, objective: 0, columnValues: values,
                     reducedCosts: columns.map { interior.reducedCosts[$0] }, rowActivities: own,
                     rowDuals: rows.map { interior.rowDuals[$0] }, iterations: 0, seconds: 0, log: "")
        }
    }

    /// The block's basic variables (block numbering: its rows, then its columns) to make nonbasic for the rows it
    /// touches but does not own and holds at a bound: as many as those rows, with a nonsingular minor in the basis
    /// inverse (Gaussian elimination with partial pivoting, preferring variables already at a bound); nil when
    /// there is none.
    private func demotions(for inherited: [Int], of block: Int, in problem: GLPKProblem, rows: [Int], solution: Solution) throws(GLPKError) -> [Int]? {
        let inverse = try problem.inverseColumns(rows: inherited)
        let size = inverse.head.count
        let partValues = solution.rowActivities + solution.columnValues
        let partBounds = try problem.loadedBounds()
        // A basic slack of a row the block does not own stays out: the row's owner places it.
        var candidates = (0..<size).filter { position in
            let variable = inverse.head[position]
            return variable >= rows.count || ownerOfRow[rows[variable]] == block
        }
        var matrix = inverse.columns
        var remaining = Array(inherited.indices)
        var chosen: [Int] = []
        while !remaining.isEmpty {
            var best: (position: Int, column: Int, size: Double)?
            var bestAtBound: (position: Int, column: Int, size: Double)?
            for position in candidates {
                let variable = inverse.head[position]
                let atBound = partBounds.distance(of: variable, at: partValues[variable]).nearest
                    <= Self.boundTolerance * (1 + abs(partValues[variable]))
                for column in remaining {
                    let entry = abs(matrix[column * size + position])
                    if entry > best?.size ?? 0 { best = (position, column, entry) }
                    if atBound, entry > bestAtBound?.size ?? 0 { bestAtBound = (position, column, entry) }
                }
            }
            guard let largest = best, largest.size > Self.singularPivot else { return nil }
            let pivot = bestAtBound.flatMap { $0.size >= Self.pivotShare * largest.size ? $0 : nil } ?? largest
            chosen.append(inverse.head[pivot.position])
            remaining.removeAll { $0 == pivot.column }
            candidates.removeAll { $0 == pivot.position }
            let pivotValue = matrix[pivot.column * size + pivot.position]
            for column in remaining {
                let factor = matrix[column * size + pivot.position] / pivotValue
                guard factor != 0 else { continue }
                for position in candidates { matrix[column * size + position] -= factor * matrix[pivot.column * size + position] }
            }
        }
        return chosen
    }
}

extension Bounds {
    /// The same bounds with both ends moved by `offset`.
    func shifted(by offset: Double) -> Bounds {
        switch self {
        case .free: return .free
        case let .atLeast(value): return .atLeast(value + offset)
        case let .atMost(value): return .atMost(value + offset)
        case let .between(lower, upper): return Bounds(lower: lower + offset, upper: upper + offset)
        case let .fixed(value): return .fixed(value + offset)
        }
    }
}
