import Foundation
import Localization
import Report
import Sweep
import Workbook

/// The files written from a sweep's database: the frontier chart beside it, and on request the CSV table, the
/// workbook and the HTML report.
enum SweepOutputs {
    /// What was written.
    struct Written {
        let records: [SweepRecord]
        let chart: String
    }

    static func open(_ database: String) throws -> SweepStore {
        do {
            return try SweepStore(path: database)
        } catch {
            throw Failure.output(error.description)
        }
    }

    /// Where the optional files go (nil: not written).
    struct Requested {
        let csv: String?
        let xlsx: String?
        let report: String?
        /// The language and units of the chart, the report and the workbook's sheet name.
        var text: Localizer = .english
    }

    static func write(store: SweepStore, caseHash: String, database: String, requested: Requested) throws -> Written {
        let records: [SweepRecord], registration: SweepRegistration?
        do { try store.checkpoint() } catch { throw Failure.output(error.description) }
        do {
            records = try store.records(caseHash: caseHash)
            registration = try store.registration(caseHash: caseHash)
        } catch {
            // A stored row that cannot be read is a damaged database (bad input); every point solved now is stored.
            throw Failure.input("\(error.description); the points solved in this run are stored, but the table, chart and report need a readable database")
        }
        guard let registration else { throw Failure.output("\(database): the sweep is not registered") }
        let chart = SweepFiles.sibling(of: database, extension: "svg")
        let text = requested.text
        let charts = SweepCharts(records: records, parameters: registration.parameters, text: text)
        let title = text(.swChartFileTitle, ["case": registration.caseFile, "parameters": registration.parameters.joined(separator: " × ")])
        try save(charts.svgDocument(title: title), to: chart)
        if let csv = requested.csv { try save(SweepTable.csv(records, parameters: registration.parameters), to: csv) }
        if let xlsx = requested.xlsx {
            do {
                try Workbook(sheets: [SweepTable.sheet(records, parameters: registration.parameters)]).write(to: xlsx)
            } catch {
                throw Failure.output("\(error); the results are safe in the database")
            }
        }
        if let report = requested.report {
            try save(SweepReport(registration: registration, records: records, databasePath: database, text: text).document.html(), to: report)
        }
        return Written(records: records, chart: chart)
    }

    private static func save(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Failure.output("cannot write \(path): \(error.localizedDescription); the results are safe in the database")
        }
    }
}
