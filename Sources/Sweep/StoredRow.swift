import GRDB

/// Typed reads of one database row that report a damaged cell (NULL where a value is required, or a value of the
/// wrong type) as an error naming the table, the row's key and the column, instead of trapping as GRDB's typed
/// subscripts do: a database may come from a colleague, a crashed disk or another program.
struct StoredRow {
    let row: Row
    /// `results row 'battery.power_mw=500'`: which row, for messages.
    let label: String
    let path: String

    /// The cell as `T`; NULL or another type is an error.
    func value<T: DatabaseValueConvertible>(_ column: String, _ type: T.Type = T.self) throws(SweepStoreError) -> T {
        guard let value = try optional(column, type) else { throw damaged(column, "is NULL", type) }
        return value
    }

    /// The cell as `T`, nil when NULL; another type is an error.
    func optional<T: DatabaseValueConvertible>(_ column: String, _ type: T.Type = T.self) throws(SweepStoreError) -> T? {
        guard row.hasColumn(column) else { throw SweepStoreError(path: path, message: "\(label): there is no column '\(column)'; not a GridFlex sweep database?") }
        let cell: DatabaseValue = row[column]
        if cell.isNull { return nil }
        guard let value = T.fromDatabaseValue(cell) else { throw damaged(column, "holds \(cell.description)", type) }
        return value
    }

    private func damaged<T>(_ column: String, _ what: String, _ type: T.Type) -> SweepStoreError {
        SweepStoreError(path: path, message: "\(label): column '\(column)' \(what); expected \(T.self == String.self ? "text" : T.self == Int.self ? "a whole number" : "a number"). The database is damaged; run the sweep again into a new file")
    }

    /// The first column of every row of `sql` as text, each checked.
    static func strings(_ db: Database, sql: String, arguments: StatementArguments = [], table: String, path: String) throws -> [String] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).enumerated().map { index, row throws(SweepStoreError) in
            let cell: DatabaseValue = row[0]
            guard let text = String.fromDatabaseValue(cell) else {
                throw SweepStoreError(path: path, message: "\(table) row \(index + 1): holds \(cell.description) where text is expected. The database is damaged; run the sweep again into a new file")
            }
            return text
        }
    }
}
