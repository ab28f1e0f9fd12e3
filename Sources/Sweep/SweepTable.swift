import Foundation
import Workbook

/// A sweep's results as CSV: the `results` table of the database, one row per point in solving order.
public enum SweepTable {
    /// The CSV text: point key, one column per parameter, status, objective, headline numbers, iterations,
    /// warm (0/1), timings, note, case hash and the full summary JSON.
    public static func csv(_ records: [SweepRecord], parameters: [String]) -> String {
        let figures = figureNames(records)
        var lines = [(header(parameters: parameters, figures: figures) + ["summary"]).map(field).joined(separator: ",")]
        for record in records {
            let measures = record.measures?.values.map(number) ?? Array(repeating: "", count: SweepMeasures.columnNames.count)
            let cells = [record.point.key] + parameters.map { record.point[$0] ?? "" } + [record.status, record.objective.map(number) ?? ""]
                + measures + figureValues(record, figures).map { $0.map(number) ?? "" } + [String(record.iterations), record.warm ? "1" : "0", number(record.loadSeconds), number(record.buildSeconds),
                              number(record.solveSeconds), record.note, record.caseHash, record.summaryJSON ?? ""]
            lines.append(cells.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The columns both forms share (the CSV adds the summary JSON): a regional sweep's figures follow the measures.
    static func header(parameters: [String], figures: [String]) -> [String] {
        ["point_key"] + parameters + ["status", "objective"] + SweepMeasures.columnNames + figures
            + ["iterations", "warm", "load_seconds", "build_seconds", "solve_seconds", "note", "case_hash"]
    }

    /// Every figure name the records have, in the order they first appear.
    static func figureNames(_ records: [SweepRecord]) -> [String] {
        var seen = Set<String>(), names: [String] = []
        for figure in records.lazy.flatMap(\.figures) where seen.insert(figure.name).inserted { names.append(figure.name) }
        return names
    }

    /// A record's value of each named figure (nil where it has none).
    static func figureValues(_ record: SweepRecord, _ names: [String]) -> [Double?] {
        let values = Dictionary(record.figures.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        return names.map { values[$0] }
    }

    /// The table as a workbook sheet: the CSV's columns without the summary JSON (longer than a cell may hold),
    /// numbers (parameter values among them) as numbers.
    public static func sheet(_ records: [SweepRecord], parameters: [String]) -> Sheet {
        let figures = figureNames(records)
        let rows = records.map { record -> [Cell] in
            let values = parameters.map { name -> Cell in
                let text = record.point[name] ?? ""
                return Double(text).map(Cell.number) ?? .text(text)
            }
            let measures = record.measures?.values.map(Cell.number) ?? Array(repeating: .empty, count: SweepMeasures.columnNames.count)
            return [.text(record.point.key)] + values + [.text(record.status), .number(record.objective)] + measures
                + figureValues(record, figures).map(Cell.number) + [.count(record.iterations), .count(record.warm ? 1 : 0), .number(record.loadSeconds), .number(record.buildSeconds),
                   .number(record.solveSeconds), .text(record.note), .text(record.caseHash)]
        }
        return Sheet(name: "Points", header: header(parameters: parameters, figures: figures), rows: rows)
    }

    /// Shortest text that reads back as the same number.
    static func number(_ value: Double) -> String { "\(value)" }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
