import Foundation
import GRDB

/// A sweep's results in SQLite (WAL journal): every finished point is committed on its own, so a killed run
/// loses only the points in flight, and `--resume` finds what is already there.
///
/// Tables: `sweeps` (one row per case fingerprint), `planned_points` (every point of the sweep) and `results`
/// (one row per solved point: the parameters as JSON and as one column per key, status, objective, headline
/// numbers, the full summary JSON, iterations, warm start, timings, note). Safe to share between threads.
public final class SweepStore: Sendable {
    /// The database file.
    public let path: String
    private let queue: DatabaseQueue

    /// Columns of `results` other than the parameters, in table order.
    static let fixedColumns = ["case_hash", "point_key", "position", "parameters", "status", "objective"] + SweepMeasures.columnNames
        + ["iterations", "warm", "load_seconds", "build_seconds", "solve_seconds", "note", "summary", "finished_at"]

    /// Opens (creating when missing) the database at `path`.
    public init(path: String) throws(SweepStoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(30)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in try Self.createTables(db) }
        } catch {
            throw SweepStoreError(path: path, message: "cannot open the results database: \(error)")
        }
    }

    /// Opens an existing database read-only, to read another run's results (a shard to merge): nothing is written
    /// to it, not even the journal mode. A file that is not a GridFlex sweep database is an error.
    public init(readingFrom path: String) throws(SweepStoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        let missing: [String]
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            missing = try queue.read { db in try ["sweeps", "planned_points", "results"].filter { try !db.tableExists($0) } }
        } catch {
            throw SweepStoreError(path: path, message: "cannot open the results database read-only: \(error)")
        }
        guard missing.isEmpty else {
            throw SweepStoreError(path: path, message: "not a GridFlex sweep database: it has no table \(missing.joined(separator: ", ")); give databases written by gridflex sweep")
        }
    }

    private static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS sweeps (
                case_hash TEXT PRIMARY KEY NOT NULL, case_file TEXT NOT NULL, parameters TEXT NOT NULL,
                fixed_options TEXT NOT NULL, shard TEXT, registered_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS planned_points (
                case_hash TEXT NOT NULL, point_key TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (case_hash, point_key));
            CREATE TABLE IF NOT EXISTS results (
                case_hash TEXT NOT NULL, point_key TEXT NOT NULL, position INTEGER NOT NULL, parameters TEXT NOT NULL,
                status TEXT NOT NULL, objective REAL,
                \(SweepMeasures.columnNames.map { "\($0) REAL" }.joined(separator: ", ")),
                iterations INTEGER NOT NULL, warm INTEGER NOT NULL, load_seconds REAL NOT NULL, build_seconds REAL NOT NULL,
                solve_seconds REAL NOT NULL, note TEXT NOT NULL, summary TEXT, finished_at TEXT NOT NULL,
                PRIMARY KEY (case_hash, point_key));
            """)
    }

    /// Runs a database access, turning GRDB's errors into ``SweepStoreError``.
    private func access<Value>(_ what: String, _ body: () throws -> Value) throws(SweepStoreError) -> Value {
        do {
            return try body()
        } catch let error as SweepStoreError {
            throw error
        } catch {
            throw SweepStoreError(path: path, message: "cannot \(what): \(error)")
        }
    }

    // MARK: Registration

    /// Records the sweep and its planned points, and adds a column to `results` for each parameter.
    public func register(_ sweep: SweepRegistration) throws(SweepStoreError) {
        for key in sweep.parameters where Self.fixedColumns.contains(key) {
            throw SweepStoreError(path: path, message: "the parameter '\(key)' has the name of a results column; it cannot be varied here")
        }
        try access("register the sweep") {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO sweeps (case_hash, case_file, parameters, fixed_options, shard, registered_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (case_hash) DO UPDATE SET case_file = excluded.case_file, parameters = excluded.parameters,
                        fixed_options = excluded.fixed_options, shard = excluded.shard
                    """, arguments: [sweep.caseHash, sweep.caseFile, JSONText.array(sweep.parameters), JSONText.array(sweep.fixedOptions),
                                     sweep.shard, SweepRecord.now()])
                let insert = try db.makeStatement(sql: """
                    INSERT INTO planned_points (case_hash, point_key, position) VALUES (?, ?, ?)
                    ON CONFLICT (case_hash, point_key) DO UPDATE SET position = excluded.position
                    """)
                for (position, key) in sweep.plannedKeys.enumerated() { try insert.execute(arguments: [sweep.caseHash, key, position]) }
                try Self.addParameterColumns(sweep.parameters, db)
            }
        }
    }

    private static func addParameterColumns(_ keys: [String], _ db: Database) throws {
        let existing = Set(try db.columns(in: "results").map(\.name))
        for key in keys where !existing.contains(key) {
            try db.execute(sql: "ALTER TABLE results ADD COLUMN \(key.quotedDatabaseIdentifier)")
        }
    }

    /// The registration of a case fingerprint, if this database has one.
    public func registration(caseHash: String) throws(SweepStoreError) -> SweepRegistration? {
        try access("read the sweep's registration") {
            try queue.read { db -> SweepRegistration? in
                guard let found = try Row.fetchOne(db, sql: "SELECT * FROM sweeps WHERE case_hash = ?", arguments: [caseHash]) else { return nil }
                let row = StoredRow(row: found, label: "sweeps row '\(caseHash)'", path: path)
                let keys = try StoredRow.strings(db, sql: "SELECT point_key FROM planned_points WHERE case_hash = ? ORDER BY position, point_key",
                                                 arguments: [caseHash], table: "planned_points", path: path)
                return SweepRegistration(caseHash: caseHash, caseFile: try row.value("case_file", String.self),
                                         parameters: JSONText.strings(try row.optional("parameters", String.self)),
                                         fixedOptions: JSONText.strings(try row.optional("fixed_options", String.self)),
                                         shard: try row.optional("shard", String.self), plannedKeys: keys)
            }
        }
    }

    /// Moves every committed point from the write-ahead log into the database file and empties the log, so that the
    /// `.sqlite` file alone, copied or sent on, holds every result.
    public func checkpoint() throws(SweepStoreError) {
        try access("write the results into the database file") {
            try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        }
    }

    /// The case fingerprints this database holds a sweep of.
    public func caseHashes() throws(SweepStoreError) -> [String] {
        try access("list the sweeps") {
            try queue.read { db in
                try StoredRow.strings(db, sql: "SELECT case_hash FROM sweeps ORDER BY registered_at, case_hash", table: "sweeps", path: path)
            }
        }
    }

    // MARK: Results

    /// Stores one finished point in its own transaction; a point already stored is left as it is.
    public func insert(_ record: SweepRecord) throws(SweepStoreError) {
        try insert(contentsOf: [record])
    }

    /// Stores points in one transaction; points already stored are left as they are.
    public func insert(contentsOf records: [SweepRecord]) throws(SweepStoreError) {
        guard let first = records.first else { return }
        try access("store the point \(first.point.key)\(records.count > 1 ? " and \(records.count - 1) more" : "")") {
            try queue.write { db in
                try Self.addParameterColumns(Array(Set(records.flatMap { $0.point.assignments.map(\.key) })).sorted(), db)
                if records.contains(where: { !$0.figures.isEmpty }) { try Self.createFiguresTable(db) }
                for record in records { try Self.insert(record, db) }
            }
        }
    }

    private static func insert(_ record: SweepRecord, _ db: Database) throws {
        let parameters = record.point.assignments
        let columns = fixedColumns + parameters.map(\.key)
        var values: [(any DatabaseValueConvertible)?] = [
            record.caseHash, record.point.key, record.position, JSONText.object(record.point), record.status, record.objective,
        ]
        values += record.measures.map { $0.values.map { $0 as (any DatabaseValueConvertible)? } }
            ?? Array(repeating: nil, count: SweepMeasures.columnNames.count)
        values += [record.iterations, record.warm ? 1 : 0, record.loadSeconds, record.buildSeconds, record.solveSeconds, record.note,
                   record.summaryJSON, record.finishedAt]
        values += parameters.map { ParameterValue.number($0.value).map { $0 as any DatabaseValueConvertible } ?? $0.value }
        try db.execute(sql: """
            INSERT INTO results (\(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            ON CONFLICT (case_hash, point_key) DO NOTHING
            """, arguments: StatementArguments(values))
        guard !record.figures.isEmpty else { return }
        let figure = try db.cachedStatement(sql: """
            INSERT INTO figures (case_hash, point_key, ordinal, name, value) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (case_hash, point_key, name) DO NOTHING
            """)
        for (ordinal, item) in record.figures.enumerated() {
            try figure.execute(arguments: [record.caseHash, record.point.key, ordinal, item.name, item.value])
        }
    }

    /// The table of named figures (``PointFigure``), one row per point and figure; made only by a sweep that has
    /// figures (a regional case), so a single case's database keeps the three tables it always had.
    private static func createFiguresTable(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS figures (
                case_hash TEXT NOT NULL, point_key TEXT NOT NULL, ordinal INTEGER NOT NULL, name TEXT NOT NULL, value REAL,
                PRIMARY KEY (case_hash, point_key, name));
            """)
    }

    /// Each point's figures for a case fingerprint, by point key, in their order; empty without a `figures` table.
    private func figures(caseHash: String, _ db: Database) throws -> [String: [PointFigure]] {
        guard try db.tableExists("figures") else { return [:] }
        var figures: [String: [PointFigure]] = [:]
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM figures WHERE case_hash = ? ORDER BY point_key, ordinal", arguments: [caseHash])
        for (index, row) in rows.enumerated() {
            let cells = StoredRow(row: row, label: "figures row \(index + 1)", path: path)
            figures[try cells.value("point_key", String.self), default: []]
                .append(PointFigure(name: try cells.value("name"), value: try cells.optional("value", Double.self) ?? .nan))
        }
        return figures
    }

    /// Keys of the points stored for a case fingerprint.
    public func storedKeys(caseHash: String) throws(SweepStoreError) -> Set<String> {
        try access("read the stored points") {
            try queue.read { db in
                Set(try StoredRow.strings(db, sql: "SELECT point_key FROM results WHERE case_hash = ?", arguments: [caseHash], table: "results", path: path))
            }
        }
    }

    /// The tasks whose points are not stored yet for `caseHash`, in their order (what `--resume` solves).
    public func pending(_ tasks: [SweepTask], caseHash: String) throws(SweepStoreError) -> [SweepTask] {
        let stored = try storedKeys(caseHash: caseHash)
        return tasks.filter { !stored.contains($0.point.key) }
    }

    /// Number of points stored under other fingerprints (another version of the case or other fixed options).
    public func otherPointCount(caseHash: String) throws(SweepStoreError) -> Int {
        try access("count the stored points") {
            try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM results WHERE case_hash <> ?", arguments: [caseHash]) ?? 0 }
        }
    }

    /// The stored points of a case fingerprint, in solving order.
    public func records(caseHash: String) throws(SweepStoreError) -> [SweepRecord] {
        try access("read the results") {
            try queue.read { db in
                let figures = try figures(caseHash: caseHash, db)
                return try Row.fetchAll(db, sql: "SELECT * FROM results WHERE case_hash = ? ORDER BY position, point_key", arguments: [caseHash])
                    .enumerated().compactMap { index, row throws(SweepStoreError) in
                        guard var found = try record(row, number: index + 1) else { return nil }
                        found.figures = figures[found.point.key] ?? []
                        return found
                    }
            }
        }
    }

    /// One results row; a damaged cell is an error naming the row's point key and the column.
    private func record(_ row: Row, number: Int) throws(SweepStoreError) -> SweepRecord? {
        let key = try StoredRow(row: row, label: "results row \(number)", path: path).value("point_key", String.self)
        let cells = StoredRow(row: row, label: "results row '\(key)'", path: path)
        guard let point = SweepPoint(key: key) else { return nil }
        var measures: [Double?] = []
        for column in SweepMeasures.columnNames { measures.append(try cells.optional(column, Double.self)) }
        return SweepRecord(
            caseHash: try cells.value("case_hash"), point: point, position: try cells.value("position"), status: try cells.value("status"),
            objective: try cells.optional("objective"), measures: SweepMeasures(values: measures), summaryJSON: try cells.optional("summary"),
            iterations: try cells.value("iterations"), warm: (try cells.optional("warm", Int.self) ?? 0) != 0, loadSeconds: try cells.value("load_seconds"),
            buildSeconds: try cells.value("build_seconds"), solveSeconds: try cells.value("solve_seconds"), note: try cells.value("note"),
            finishedAt: try cells.value("finished_at"))
    }
}

/// Small JSON texts for the database: parameter objects with numbers as numbers, and lists of strings.
enum JSONText {
    /// `{"battery.power_mw":500,"plan.soft_aspirational":"true"}`, keys sorted.
    static func object(_ point: SweepPoint) -> String {
        "{" + point.assignments.map { "\(string($0.key)):\(ParameterValue.number($0.value) != nil ? $0.value : string($0.value))" }
            .joined(separator: ",") + "}"
    }

    /// `["a","b"]`.
    static func array(_ items: [String]) -> String { "[" + items.map(string).joined(separator: ",") + "]" }

    /// The strings of a JSON array written by ``array(_:)`` (empty when it is not one).
    static func strings(_ text: String?) -> [String] {
        guard let data = text?.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }

    /// A JSON string literal.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
