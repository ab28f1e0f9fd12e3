import CGLPK

/// The starting basis of a crossover, read off an interior-point solution.
///
/// Variables are numbered as GLPK numbers them in a basis: rows (their auxiliary variables, the row
/// activities) first, then columns. A variable that the interior point leaves at a bound with a reduced cost
/// clearly away from zero is nonbasic at that bound in every optimal basis near that point (complementary
/// slackness). As the interior point only approaches complementarity, "at a bound" means nearer to it than the
/// reduced cost is to zero: of the pair (distance to the bound, reduced cost) one tends to zero and the larger one
/// shows which. The others, which sit inside their bounds, are candidates for the basis: rows first (a basic
/// row is a free slack), then columns, farthest from their bounds first. A triangular crash takes a candidate
/// when it has a large entry in a row no earlier column touched, so the basis is triangular and can never be
/// singular; rows left without a column get their own slack. Candidates the crash cannot place (they depend on
/// columns already taken, as two parallel columns do) become nonbasic at the nearer bound, and that bound is
/// moved to their interior value for the first simplex, so the start keeps the interior point's primal values.
struct CrossoverStart {
    /// A temporary bound: the variable's bound moved to its interior value.
    struct ShiftedBound {
        /// Variable number (rows first, then columns), 0-based.
        var variable: Int
        /// GLPK bound type while shifted.
        var type: Int32
        /// Lower end while shifted.
        var lower: Double
        /// Upper end while shifted.
        var upper: Double
    }

    /// Reduced costs (in the objective's units per unit of the variable) larger than this mark a variable as nonbasic.
    static let reducedCostTolerance = 1e-6
    /// A crash pivot must be at least this share of its column's largest entry, for a well-conditioned basis.
    static let pivotShare = 0.1

    /// GLPK status (GLP_BS, GLP_NL, GLP_NU, GLP_NF, GLP_NS) of each row, then each column.
    private(set) var status: [Int32]
    /// The bounds moved for the first simplex.
    private(set) var shifted: [ShiftedBound] = []
    /// Columns the crash put in the basis.
    private(set) var basicColumns = 0
    /// Rows whose slack is basic because no column was placed there.
    private(set) var slackRows = 0

    /// Builds the start from the problem's bounds and matrix and an interior point's values and reduced costs
    /// (row activities and row duals first, then column values and reduced costs).
    init(bounds: LoadedBounds, matrix: ColumnMatrix, values: [Double], reducedCosts: [Double]) {
        let rowCount = matrix.rowCount
        let count = values.count
        status = [Int32](repeating: GLP_BS, count: count)
        var candidates: [(variable: Int, distance: Double)] = []
        for variable in 0..<count {
            let type = bounds.type[variable]
            if type == GLP_FX {
                status[variable] = GLP_NS
                continue
            }
            if type == GLP_FR {
                candidates.append((variable, .infinity))
                continue
            }
            let distance = bounds.distance(of: variable, at: values[variable])
            status[variable] = distance.atLower ? GLP_NL : GLP_NU
            if abs(reducedCosts[variable]) <= Self.reducedCostTolerance || distance.nearest >= abs(reducedCosts[variable]) {
                let relative = distance.nearest / (1 + abs(values[variable]))
                candidates.append((variable, variable < rowCount ? .infinity : relative))
            }
        }
        candidates.sort { $0.distance > $1.distance || ($0.distance == $1.distance && $0.variable < $1.variable) }

        // Triangular crash. Row states: 0 open, 1 has its pivot, 2 touched by an earlier column (only a slack may pivot there).
        var rowState = [UInt8](repeating: 0, count: rowCount)
        for (variable, _) in candidates {
            if variable < rowCount {
                if rowState[variable] == 0 {
                    rowState[variable] = 1
                    status[variable] = GLP_BS
                }
                continue
            }
            let entries = matrix.entries(ofColumn: variable - rowCount)
            let largest = entries.reduce(0.0) { max($0, abs($1.value)) }
            var pivot: (row: Int, size: Double)?
            for entry in entries where rowState[entry.row] == 0 && abs(entry.value) >= Self.pivotShare * largest {
                if abs(entry.value) > pivot?.size ?? 0 { pivot = (entry.row, abs(entry.value)) }
            }
            guard let pivot else {
                shift(variable, bounds: bounds, value: values[variable])
                continue
            }
            for entry in entries where rowState[entry.row] == 0 { rowState[entry.row] = 2 }
            rowState[pivot.row] = 1
            status[variable] = GLP_BS
            basicColumns += 1
        }
        for row in 0..<rowCount where rowState[row] != 1 {
            status[row] = GLP_BS
            slackRows += 1
        }
    }

    /// A start with the given statuses (rows first, then columns) and no moved bound yet (see ``shift(_:bounds:value:)``).
    init(status: [Int32]) {
        self.status = status
    }

    /// Makes a variable nonbasic at its value inside its range, by moving its nearer bound there (a double-bounded
    /// variable keeps the side its status names; one at a bound is left as it is).
    mutating func shift(_ variable: Int, bounds: LoadedBounds, value: Double) {
        let lower = bounds.lower[variable], upper = bounds.upper[variable]
        switch bounds.type[variable] {
        case GLP_FR:
            status[variable] = GLP_NS
            shifted.append(ShiftedBound(variable: variable, type: GLP_FX, lower: value, upper: value))
        case GLP_LO:
            status[variable] = GLP_NL
            shifted.append(ShiftedBound(variable: variable, type: GLP_LO, lower: max(lower, value), upper: upper))
        case GLP_UP:
            status[variable] = GLP_NU
            shifted.append(ShiftedBound(variable: variable, type: GLP_UP, lower: lower, upper: min(upper, value)))
        default:
            let inside = min(max(value, lower), upper)
            if inside <= lower || inside >= upper { return }
            status[variable] = status[variable] == GLP_NU ? GLP_NU : GLP_NL
            shifted.append(
                status[variable] == GLP_NL
                    ? ShiftedBound(variable: variable, type: GLP_DB, lower: inside, upper: upper)
                    : ShiftedBound(variable: variable, type: GLP_DB, lower: lower, upper: inside))
        }
    }

    /// The status a variable takes once its original bounds are back: a variable GLPK left nonbasic on a bound
    /// that only existed while shifted goes to its nearer real bound.
    static func restoredStatus(_ status: Int32, variable: Int, bounds: LoadedBounds, value: Double) -> Int32 {
        guard status == GLP_NS else { return status }
        switch bounds.type[variable] {
        case GLP_FX: return GLP_NS
        case GLP_FR: return GLP_NF
        case GLP_LO: return GLP_NL
        case GLP_UP: return GLP_NU
        default: return bounds.distance(of: variable, at: value).atLower ? GLP_NL : GLP_NU
        }
    }
}

/// The bound types and ends of every row, then every column, as GLPK holds them.
struct LoadedBounds {
    /// GLPK bound type (GLP_FR, GLP_LO, GLP_UP, GLP_DB, GLP_FX).
    var type: [Int32]
    /// Lower ends (meaningless where the type has none).
    var lower: [Double]
    /// Upper ends (meaningless where the type has none).
    var upper: [Double]

    /// How far a value is from the variable's nearer bound, and whether that is the lower one.
    func distance(of variable: Int, at value: Double) -> (nearest: Double, atLower: Bool) {
        let kind = type[variable]
        let hasLower = kind == GLP_LO || kind == GLP_DB || kind == GLP_FX
        let hasUpper = kind == GLP_UP || kind == GLP_DB || kind == GLP_FX
        let below = hasLower ? value - lower[variable] : .infinity
        let above = hasUpper ? upper[variable] - value : .infinity
        return (max(0, min(below, above)), below <= above)
    }
}
