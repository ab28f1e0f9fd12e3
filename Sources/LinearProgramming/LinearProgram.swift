/// A handle to a column (decision variable) of a ``LinearProgram``.
public struct ColumnID: Hashable, Sendable {
    /// Zero-based position of the column in its program.
    public let index: Int
}

/// A handle to a row (linear constraint) of a ``LinearProgram``.
public struct RowID: Hashable, Sendable {
    /// Zero-based position of the row in its program.
    public let index: Int
}

/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: Sendable {
    /// Find the least objective value.
    case minimize
    /// Find the greatest objective value.
    case maximize
}

/// A sparse linear program, solver-neutral and a plain value.
///
/// Build it column by column and row by row, then hand it to a solver (``GLPKProblem``). Every column and
/// row carries a readable name, so that an exported model can be read by a person. Numbers are checked
/// when the program is loaded into a solver (``validate()``), never by the solver itself.
public struct LinearProgram: Sendable {
    /// Minimise or maximise.
    public var sense: ObjectiveSense
    /// A constant added to the objective.
    public var objectiveConstant: Double = 0

    /// Column names, by position.
    public internal(set) var columnNames: [String] = []
    /// Column bounds, by position.
    public internal(set) var columnBounds: [Bounds] = []
    /// Objective coefficients, by column position.
    public internal(set) var objective: [Double] = []
    /// Row names, by position.
    public internal(set) var rowNames: [String] = []
    /// Row bounds, by position.
    public internal(set) var rowBounds: [Bounds] = []
    /// Row position of each nonzero coefficient.
    public internal(set) var entryRows: [Int32] = []
    /// Column position of each nonzero coefficient.
    public internal(set) var entryColumns: [Int32] = []
    /// Value of each nonzero coefficient.
    public internal(set) var entryValues: [Double] = []

    /// Columns the builder expects to rest at their upper bound in long stretches of the optimum (a committed
    /// plant's online capacity at the plant's capacity): GLPK's interior point gets their upper bound as its
    /// native bound from the start (``GLPKProblem`` explains why). A hint only: the LP is the same without it.
    public internal(set) var columnsExpectedAtUpperBound: [ColumnID] = []

    /// An empty program.
    public init(sense: ObjectiveSense = .minimize) {
        self.sense = sense
    }

    /// Number of columns.
    public var columnCount: Int { columnNames.count }
    /// Number of rows.
    public var rowCount: Int { rowNames.count }
    /// Number of nonzero coefficients.
    public var entryCount: Int { entryValues.count }

    /// Reserves room for the given sizes, to avoid regrowing arrays on large builds.
    public mutating func reserve(columns: Int, rows: Int, entries: Int) {
        columnNames.reserveCapacity(columns)
        columnBounds.reserveCapacity(columns)
        objective.reserveCapacity(columns)
        rowNames.reserveCapacity(rows)
        rowBounds.reserveCapacity(rows)
        entryRows.reserveCapacity(entries)
        entryColumns.reserveCapacity(entries)
        entryValues.reserveCapacity(entries)
    }

    /// Adds a column with its bounds and objective coefficient.
    @discardableResult
    public mutating func addColumn(named name: String, bounds: Bounds = .nonNegative, cost: Double = 0) -> ColumnID {
        columnNames.append(name)
        columnBounds.append(bounds)
        objective.append(cost)
        return ColumnID(index: columnNames.count - 1)
    }

    /// Adds a row `bounds.lower ≤ Σ coefficient · column ≤ bounds.upper`.
    @discardableResult
    public mutating func addRow(named name: String, bounds: Bounds, terms: [(ColumnID, Double)] = []) -> RowID {
        rowNames.append(name)
        rowBounds.append(bounds)
        let row = RowID(index: rowNames.count - 1)
        for (column, value) in terms { addCoefficient(row: row, column: column, value: value) }
        return row
    }

    /// Adds one nonzero coefficient; zero values are skipped.
    public mutating func addCoefficient(row: RowID, column: ColumnID, value: Double) {
        guard value != 0 else { return }
        entryRows.append(Int32(truncatingIfNeeded: row.index))
        entryColumns.append(Int32(truncatingIfNeeded: column.index))
        entryValues.append(value)
    }

    /// Records that `column` is expected to rest at its upper bound (see ``columnsExpectedAtUpperBound``).
    public mutating func expectAtUpperBound(_ column: ColumnID) {
        columnsExpectedAtUpperBound.append(column)
    }

    /// Changes a column's bounds.
    public mutating func setBounds(_ bounds: Bounds, of column: ColumnID) {
        columnBounds[column.index] = bounds
    }

    /// Changes a row's bounds.
    public mutating func setBounds(_ bounds: Bounds, of row: RowID) {
        rowBounds[row.index] = bounds
    }

    /// Changes a column's objective coefficient.
    public mutating func setCost(_ cost: Double, of column: ColumnID) {
        objective[column.index] = cost
    }

    /// Sets every objective coefficient and the constant to zero (to optimise one column alone, say).
    public mutating func clearObjective() {
        objective = Array(repeating: 0, count: objective.count)
        objectiveConstant = 0
    }

    /// The objective value of a given column assignment (including the constant).
    public func objectiveValue(of columnValues: [Double]) -> Double {
        zip(objective, columnValues).reduce(objectiveConstant) { $0 + $1.0 * $1.1 }
    }
}

extension LinearProgram {
    /// The same program with the objective constant carried by a column `objective_constant` fixed at 1.
    ///
    /// MPS has no agreed place for an objective constant: GLPK writes it as +c in the objective row's RHS,
    /// CPLEX and HiGHS read that entry as −c. A fixed column means the same to every reader.
    public func withConstantAsColumn() -> LinearProgram {
        guard objectiveConstant != 0 else { return self }
        var copy = self
        copy.addColumn(named: "objective_constant", bounds: .fixed(1), cost: objectiveConstant)
        copy.objectiveConstant = 0
        return copy
    }

    /// The same program with names CPLEX LP syntax accepts: `[` → `(`, `]` → `)`, `=` → `_`, spaces → `_`.
    public func withLPSafeNames() -> LinearProgram {
        func safe(_ name: String) -> String {
            String(name.map { character -> Character in
                switch character {
                case "[": return "("
                case "]": return ")"
                case "=", " ", ":", "+", "-", "*", "<", ">", "^": return "_"
                default: return character
                }
            })
        }
        var copy = self
        copy.columnNames = columnNames.map(safe)
        copy.rowNames = rowNames.map(safe)
        return copy
    }
}
