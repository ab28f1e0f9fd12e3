import CGLPK
import CGLPKGuard
import Foundation

/// A ``LinearProgram`` loaded into GLPK, ready to solve and re-solve.
///
/// Not `Sendable`, on purpose: GLPK's environment is per thread, so a problem is created, solved, changed
/// and released on the thread that built it. Every call into GLPK goes through a C guard that turns GLPK's
/// fatal errors (which would abort the process) into ``GLPKError/fatal(operation:message:)``; after one,
/// every problem of the thread is gone and further calls throw ``GLPKError/problemReleased``.
public final class GLPKProblem {
    private var pointer: OpaquePointer?
    private var generation: UInt
    /// The program as loaded, kept (its arrays shared with the caller's copy) to load it again after a fatal error
    /// and for its hint to the interior point (``LinearProgram/columnsExpectedAtUpperBound``).
    let program: LinearProgram
    private let names: Bool
    /// Number of rows.
    public let rowCount: Int
    /// Number of columns.
    public let columnCount: Int
    private let objectiveConstant: Double
    /// Whether a bound or cost was changed since the program was loaded (the crossover's shortcuts read `program`).
    private(set) var changedSinceLoad = false

    /// Loads a program; with `names`, rows and columns carry the program's names (needed to export readable
    /// files, costs time and memory on large models).
    public init(_ program: LinearProgram, names: Bool = false) throws(GLPKError) {
        do { try program.validate() } catch { throw .invalidProgram(error) }
        guard let created = gfx_create_prob() else {
            throw .fatal(operation: "glp_create_prob", message: Self.takeOutput())
        }
        pointer = created
        generation = gfx_generation()
        rowCount = program.rowCount
        columnCount = program.columnCount
        objectiveConstant = program.objectiveConstant
        self.program = program
        self.names = names
        try load(program)
        if names { try setNames(program) }
    }

    /// Loads the program again into a new GLPK problem after a fatal error released the old one (the basis is lost).
    func reload() throws(GLPKError) {
        guard let created = gfx_create_prob() else { throw .fatal(operation: "glp_create_prob", message: Self.takeOutput()) }
        pointer = created
        generation = gfx_generation()
        try load(program)
        if names { try setNames(program) }
    }

    deinit {
        if let pointer, gfx_generation() == generation { _ = gfx_delete_prob(pointer) }
    }

    /// The live GLPK pointer, or an error when a fatal error already freed it.
    private func live() throws(GLPKError) -> OpaquePointer {
        guard let pointer, gfx_generation() == generation else {
            pointer = nil
            throw .problemReleased
        }
        return pointer
    }

    /// Runs a guarded C call and turns a caught fatal error into a Swift error.
    func guarded(_ operation: String, _ body: (OpaquePointer) -> Int32) throws(GLPKError) {
        let problem = try live()
        if body(problem) == GFX_FATAL {
            pointer = nil
            throw .fatal(operation: operation, message: Self.takeOutput())
        }
    }

    static func takeOutput() -> String {
        guard let text = gfx_take_output() else { return "" }
        defer { free(text) }
        return String(cString: text)
    }

    private func load(_ program: LinearProgram) throws(GLPKError) {
        let rows = program.rowBounds.map(GLPKBounds.init)
        let columns = program.columnBounds.map(GLPKBounds.init)
        let ia = [Int32(0)] + program.entryRows.map { $0 + 1 }
        let ja = [Int32(0)] + program.entryColumns.map { $0 + 1 }
        let ar = [0.0] + program.entryValues
        try guarded("load") { problem in
            gfx_load(
                problem, program.sense == .minimize ? 1 : 0,
                Int32(rows.count), rows.map(\.type), rows.map(\.lower), rows.map(\.upper),
                Int32(columns.count), columns.map(\.type), columns.map(\.lower), columns.map(\.upper),
                program.objective, program.objectiveConstant,
                Int32(program.entryCount), ia, ja, ar)
        }
    }

    private func setNames(_ program: LinearProgram) throws(GLPKError) {
        let rowNames = Self.joined(program.rowNames), columnNames = Self.joined(program.columnNames)
        try guarded("set names") { problem in gfx_set_names(problem, rowNames, columnNames) }
    }

    private static func joined(_ names: [String]) -> [CChar] {
        var buffer: [CChar] = []
        buffer.reserveCapacity(names.reduce(0) { $0 + $1.utf8.count + 1 })
        for name in names {
            buffer.append(contentsOf: name.utf8.map { CChar(bitPattern: $0) })
            buffer.append(0)
        }
        return buffer.isEmpty ? [0] : buffer
    }

    // MARK: Changing the loaded problem

    /// Changes a column's bounds (for a re-solve).
    public func setBounds(_ bounds: Bounds, of column: ColumnID) throws(GLPKError) {
        guard column.index >= 0, column.index < columnCount else { throw .outOfRange("column \(column.index) of \(columnCount)") }
        if let defect = bounds.defect { throw .invalidProgram(LinearProgramDefect(location: "column #\(column.index)", problem: defect)) }
        let glpk = GLPKBounds(bounds)
        try guarded("glp_set_col_bnds") { gfx_set_col_bnds($0, Int32(column.index + 1), glpk.type, glpk.lower, glpk.upper) }
        changedSinceLoad = true
    }

    /// Changes a row's bounds (for a re-solve).
    public func setBounds(_ bounds: Bounds, of row: RowID) throws(GLPKError) {
        guard row.index >= 0, row.index < rowCount else { throw .outOfRange("row \(row.index) of \(rowCount)") }
        if let defect = bounds.defect { throw .invalidProgram(LinearProgramDefect(location: "row #\(row.index)", problem: defect)) }
        let glpk = GLPKBounds(bounds)
        try guarded("glp_set_row_bnds") { gfx_set_row_bnds($0, Int32(row.index + 1), glpk.type, glpk.lower, glpk.upper) }
        changedSinceLoad = true
    }

    /// Changes a column's objective coefficient (for a re-solve).
    public func setCost(_ cost: Double, of column: ColumnID) throws(GLPKError) {
        guard column.index >= 0, column.index < columnCount else { throw .outOfRange("column \(column.index) of \(columnCount)") }
        guard cost.isFinite else {
            throw .invalidProgram(LinearProgramDefect(location: "column #\(column.index)", problem: "cost \(cost) is not a finite number"))
        }
        try guarded("glp_set_obj_coef") { gfx_set_obj_coef($0, Int32(column.index + 1), cost) }
        changedSinceLoad = true
    }

    // MARK: Basis

    /// The current simplex basis.
    public func basis() throws(GLPKError) -> Basis {
        var rowStatus = [Int32](repeating: 0, count: rowCount), columnStatus = [Int32](repeating: 0, count: columnCount)
        try guarded("get basis") { gfx_get_basis($0, &rowStatus, &columnStatus) }
        return Basis(rowStatus: rowStatus, columnStatus: columnStatus)
    }

    /// Restores a basis saved from a problem of the same shape; the next simplex solve without presolve starts from it.
    public func restore(_ basis: Basis) throws(GLPKError) {
        guard basis.rowStatus.count == rowCount, basis.columnStatus.count == columnCount else {
            throw .outOfRange("basis of \(basis.rowStatus.count) rows and \(basis.columnStatus.count) columns for a problem of \(rowCount) and \(columnCount)")
        }
        try guarded("set basis") { gfx_set_basis($0, basis.rowStatus, basis.columnStatus) }
    }

    // MARK: Files

    /// Writes the problem as free MPS (load it with `names: true` for readable names). GLPK writes an objective
    /// constant as +c in the objective row's RHS, which other solvers read as −c: load a program from
    /// ``LinearProgram/withConstantAsColumn()`` when another solver will read the file.
    public func writeMPS(to path: String) throws(GLPKError) {
        try write(format: GLP_MPS_FILE, to: path)
    }

    /// Writes the problem in CPLEX LP format. GLPK replaces names that LP syntax forbids (such as `[`, `]`, `=`)
    /// with generic ones, so load with names made LP-safe when this file should be read by a person.
    public func writeLP(to path: String) throws(GLPKError) {
        try write(format: 0, to: path)
    }

    private func write(format: Int32, to path: String) throws(GLPKError) {
        var code: Int32 = 0
        try guarded("write \(path)") { gfx_write($0, format, path, &code) }
        _ = Self.takeOutput()
        if code != 0 { throw .writeFailed(path: path, code: code) }
    }

    // MARK: Testing hook

    /// Calls GLPK with a column number it will reject, bypassing Swift's checks, to exercise the fatal-error guard.
    func provokeFatalError() throws(GLPKError) {
        try guarded("glp_set_col_bnds") { gfx_set_col_bnds($0, Int32(columnCount + 7), GLP_LO, 0, 0) }
    }
}

/// GLPK's bound type and ends for a ``Bounds`` value.
struct GLPKBounds {
    let type: Int32
    let lower: Double
    let upper: Double

    init(_ bounds: Bounds) {
        switch bounds {
        case .free: (type, lower, upper) = (GLP_FR, 0, 0)
        case let .atLeast(value): (type, lower, upper) = (GLP_LO, value, 0)
        case let .atMost(value): (type, lower, upper) = (GLP_UP, 0, value)
        case let .between(low, high): (type, lower, upper) = low == high ? (GLP_FX, low, low) : (GLP_DB, low, high)
        case let .fixed(value): (type, lower, upper) = (GLP_FX, value, value)
        }
    }
}
