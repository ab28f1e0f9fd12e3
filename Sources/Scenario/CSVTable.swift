import Foundation

/// A comma-separated file with a header row, read once and kept as text fields.
///
/// Only what the data bundle needs: no quoted fields with commas inside numeric tables, `\n` or `\r\n` lines.
final class CSVTable {
    /// Path as the case wrote it (relative to the data directory), for messages.
    let name: String
    let header: [String]
    private let rows: [[Substring]]

    init(contentsOf url: URL, name: String) throws(ScenarioError) {
        self.name = name
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ScenarioError(file: name, message: "cannot read \(url.path): the file is missing or not UTF-8 text")
        }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { throw ScenarioError(file: name, message: "the file is empty; expected a header row") }
        header = first.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    }

    var rowCount: Int { rows.count }

    /// One numeric column, every value finite.
    func column(_ column: String) throws(ScenarioError) -> [Double] {
        guard let index = header.firstIndex(of: column) else {
            throw ScenarioError(file: name, line: 1, key: column,
                                message: "no such column; columns are: \(header.joined(separator: ", "))")
        }
        var values: [Double] = []
        values.reserveCapacity(rows.count)
        for (offset, row) in rows.enumerated() {
            let line = offset + 2
            guard index < row.count else {
                throw ScenarioError(file: name, line: line, key: column, message: "the row has \(row.count) fields; the header has \(header.count)")
            }
            let field = row[index].trimmingCharacters(in: .whitespaces)
            guard let value = Double(field), value.isFinite else {
                throw ScenarioError(file: name, line: line, key: column, message: "'\(field)' is not a finite number")
            }
            values.append(value)
        }
        return values
    }
}

/// Reads each CSV file once per case load.
final class CSVCache {
    private let directory: DataDirectory
    private var tables: [String: CSVTable] = [:]

    init(directory: DataDirectory) {
        self.directory = directory
    }

    func table(_ path: String) throws(ScenarioError) -> CSVTable {
        if let table = tables[path] { return table }
        let url = directory.url.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ScenarioError(file: path, message: "file not found in the data directory \(directory.url.path) (chosen by \(directory.origin))")
        }
        let table = try CSVTable(contentsOf: url, name: path)
        tables[path] = table
        return table
    }
}
