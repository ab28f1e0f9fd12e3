extension LinearProgram {
    /// Where an appended program's columns and rows start in this one.
    public struct Placement: Sendable, Equatable {
        /// Position of the appended program's first column.
        public let columnOffset: Int
        /// Position of the appended program's first row.
        public let rowOffset: Int
        /// Number of columns appended.
        public let columnCount: Int
        /// Number of rows appended.
        public let rowCount: Int

        /// The position here of the appended program's column.
        public func column(_ column: ColumnID) -> ColumnID { ColumnID(index: columnOffset + column.index) }
        /// The position here of the appended program's row.
        public func row(_ row: RowID) -> RowID { RowID(index: rowOffset + row.index) }
    }

    /// Appends every column, row, coefficient and objective term of `other` (its constant added to this one's),
    /// each name passed through `rename`; the two programs share no row, so they stay independent until terms
    /// joining them are added.
    @discardableResult
    public mutating func append(_ other: LinearProgram, renaming rename: (String) -> String) -> Placement {
        let placement = Placement(columnOffset: columnCount, rowOffset: rowCount, columnCount: other.columnCount, rowCount: other.rowCount)
        reserve(columns: columnCount + other.columnCount, rows: rowCount + other.rowCount, entries: entryCount + other.entryCount)
        columnNames += other.columnNames.map(rename)
        columnBounds += other.columnBounds
        objective += other.objective
        rowNames += other.rowNames.map(rename)
        rowBounds += other.rowBounds
        let columnShift = Int32(truncatingIfNeeded: placement.columnOffset), rowShift = Int32(truncatingIfNeeded: placement.rowOffset)
        entryRows += other.entryRows.map { $0 + rowShift }
        entryColumns += other.entryColumns.map { $0 + columnShift }
        entryValues += other.entryValues
        columnsExpectedAtUpperBound += other.columnsExpectedAtUpperBound.map(placement.column)
        objectiveConstant += other.objectiveConstant
        return placement
    }

    /// A name scoped by `scope` as the first index: `balance[t=17]` → `balance[GX,t=17]`; `adequacy_none` →
    /// `adequacy_none[GX]`.
    public static func scoped(_ name: String, by scope: String) -> String {
        guard let bracket = name.firstIndex(of: "[") else { return "\(name)[\(scope)]" }
        return "\(name[..<bracket])[\(scope),\(name[name.index(after: bracket)...])"
    }
}

extension Solution {
    /// The part of this solution (of a program that `placement` was appended to) that belongs to the appended
    /// program: its column values and reduced costs, row activities and duals; `objective` is what its own columns
    /// cost, `objectiveConstant` included.
    public func part(_ placement: LinearProgram.Placement, of program: LinearProgram, objectiveConstant: Double) -> Solution {
        let columns = placement.columnOffset..<(placement.columnOffset + placement.columnCount)
        let rows = placement.rowOffset..<(placement.rowOffset + placement.rowCount)
        var part = self
        part.columnValues = Array(columnValues[columns])
        part.reducedCosts = Array(reducedCosts[columns])
        part.rowActivities = Array(rowActivities[rows])
        part.rowDuals = Array(rowDuals[rows])
        part.objective = columns.reduce(objectiveConstant) { $0 + program.objective[$1] * columnValues[$1] }
        return part
    }
}
