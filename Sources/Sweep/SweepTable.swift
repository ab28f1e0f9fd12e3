import Foundation

/// A sweep's results as CSV: the `results` table of the database, one row per point in solving order.
public enum SweepTable {
    /// The CSV text: point key, one column per parameter, status, objective, headline numbers, iterations,
    /// warm (0/1), timings, note, case hash and the full summary JSON.
    public static func csv(_ records: [SweepRecord], parameters: [String]) -> String {
        let header = ["point_key"] + parameters + ["status", "objective"] + SweepMeasures.columnNames
            + ["iterations", "warm", "load_seconds", "build_seconds", "solve_seconds", "note", "case_hash", "summary"]
        var lines = [header.map(field).joined(separator: ",")]
        for record in records {
            let measures = record.measures?.values.map(number) ?? Array(repeating: "", count: SweepMeasures.columnNames.count)
            let cells = [record.point.key] + parameters.map { record.point[$0] ?? "" } + [record.status, record.objective.map(number) ?? ""]
                + measures + [String(record.iterations), record.warm ? "1" : "0", number(record.loadSeconds), number(record.buildSeconds),
                              number(record.solveSeconds), record.note, record.caseHash, record.summaryJSON ?? ""]
            lines.append(cells.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Shortest text that reads back as the same number.
    static func number(_ value: Double) -> String { "\(value)" }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
