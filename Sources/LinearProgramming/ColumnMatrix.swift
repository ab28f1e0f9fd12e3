/// A constraint matrix stored column by column.
struct ColumnMatrix {
    /// Number of rows.
    var rowCount: Int
    /// Where each column's entries start in `rows` and `values`; one more entry than there are columns.
    var columnStart: [Int32]
    /// 0-based row of each entry.
    var rows: [Int32]
    /// Value of each entry.
    var values: [Double]

    /// The entries of one column (0-based).
    func entries(ofColumn column: Int) -> [(row: Int, value: Double)] {
        (Int(columnStart[column])..<Int(columnStart[column + 1])).map { (Int(rows[$0]), values[$0]) }
    }

    /// The positions in `rows` and `values` of one column's entries.
    func range(ofColumn column: Int) -> Range<Int> { Int(columnStart[column])..<Int(columnStart[column + 1]) }

    /// A program's coefficients, column by column.
    init(_ program: LinearProgram) {
        self.init(rowCount: program.rowCount, columnCount: program.columnCount, rows: program.entryRows,
                  columns: program.entryColumns, values: program.entryValues)
    }

    /// A matrix stored column by column.
    init(rowCount: Int, columnStart: [Int32], rows: [Int32], values: [Double]) {
        self.rowCount = rowCount
        self.columnStart = columnStart
        self.rows = rows
        self.values = values
    }

    /// Sorts coordinate triples (row, column, value) into columns (a counting sort, stable within a column).
    private init(rowCount: Int, columnCount: Int, rows: [Int32], columns: [Int32], values: [Double]) {
        var start = [Int32](repeating: 0, count: columnCount + 1)
        for column in columns { start[Int(column) + 1] += 1 }
        for column in 0..<columnCount { start[column + 1] += start[column] }
        var next = start
        var sortedRows = [Int32](repeating: 0, count: values.count), sortedValues = [Double](repeating: 0, count: values.count)
        for position in values.indices {
            let column = Int(columns[position])
            let target = Int(next[column])
            sortedRows[target] = rows[position]
            sortedValues[target] = values[position]
            next[column] += 1
        }
        self.init(rowCount: rowCount, columnStart: start, rows: sortedRows, values: sortedValues)
    }
}
