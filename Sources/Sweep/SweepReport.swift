import Charts
import Foundation
import PageKit

/// The HTML page of a sweep: what was varied and how it was solved, the frontier charts and every point's numbers.
public struct SweepReport: Sendable {
    /// The sweep.
    public var registration: SweepRegistration
    /// Its stored points.
    public var records: [SweepRecord]
    /// The database the points were read from.
    public var databasePath: String

    /// A report of `records`.
    public init(registration: SweepRegistration, records: [SweepRecord], databasePath: String) {
        self.registration = registration
        self.records = records
        self.databasePath = databasePath
    }

    /// The page: self-contained HTML, inline SVG charts, no script.
    public var document: ReportDocument {
        let charts = SweepCharts(records: records, parameters: registration.parameters)
        var sections = [overview]
        if !charts.isEmpty {
            sections.append(ReportSection(id: "frontier", title: "Frontier", blocks: [
                Figure(title: "Curtailment", svg: charts.curtailment.svg(),
                       caption: "Curtailed share of available wind and solar energy at each point. \(charts.caption)").html(),
                Figure(title: "Operating cost", svg: charts.cost.svg(),
                       caption: "Objective less target penalties, million EUR (2020 money). \(charts.caption)").html(),
            ]))
        }
        sections.append(ReportSection(id: "points", title: "Points", blocks: [table.html()]))
        let parameters = registration.parameters.joined(separator: " × ")
        return ReportDocument(
            title: "Sweep of \(parameters)", subtitle: "\(registration.caseFile) · \(records.count) of \(registration.plannedKeys.count) points stored",
            sections: sections, footer: "Written by gridflex sweep from \(databasePath). Self-contained: no scripts, fonts or links outside this file.")
    }

    private var overview: ReportSection {
        let warm = records.filter(\.warm).count
        let solved = records.filter { $0.objective != nil }.count
        let solveSeconds = records.reduce(0) { $0 + $1.solveSeconds }
        var facts: [(label: String, value: String)] = [
            ("Case file", registration.caseFile),
            ("Case fingerprint", registration.caseHash),
            ("Varied", registration.parameters.map { key in
                let values = Set(records.compactMap { $0.point[key] }).sorted(by: ParameterValue.ascending)
                return "\(key) (\(ParameterUnit.of(key))): \(values.count) values, \(values.first ?? "–") to \(values.last ?? "–")"
            }.joined(separator: "; ")),
            ("Fixed options", registration.fixedOptions.isEmpty ? "none" : registration.fixedOptions.joined(separator: " ")),
            ("Points", "\(records.count) stored of \(registration.plannedKeys.count) planned; \(solved) with a solution"),
            ("Solves", "\(warm) warm (from the previous point's basis), \(records.count - warm) cold; \(NumberFormat.grouped(solveSeconds, decimals: 1)) s in the solver"),
        ]
        if let shard = registration.shard { facts.append(("Shard", shard)) }
        return ReportSection(id: "sweep", title: "Sweep", blocks: [HTML.facts(facts)])
    }

    private var table: HTMLTable {
        let parameters = registration.parameters
        let headers = parameters.map { HTMLTable.Cell("\($0) (\(ParameterUnit.of($0)))") } + [
            "Status", "Objective (M EUR)", "Curtailment (GWh)", "Curtailment (%)", "Unserved (MWh)", "Non-hydro RE share (%)", "CO2 (Mt)",
            "Peak net load after flex (MW)", "Start", "Seconds", "Note",
        ].map { HTMLTable.Cell($0) }
        let rows = records.map { record -> [HTMLTable.Cell] in
            let cells = parameters.map { HTMLTable.Cell(record.point[$0] ?? "", numeric: true) } + [HTMLTable.Cell(record.status)]
            let numbers: [String]
            if let measures = record.measures, let objective = record.objective {
                numbers = [
                    NumberFormat.grouped(objective / 1e6, decimals: 2), NumberFormat.grouped(measures.curtailmentMWh / 1e3, decimals: 1),
                    NumberFormat.grouped(measures.curtailmentShare * 100, decimals: 2), NumberFormat.grouped(measures.unservedMWh, decimals: 0),
                    NumberFormat.grouped(measures.nonHydroRenewableShare * 100, decimals: 2), NumberFormat.grouped(measures.co2T / 1e6, decimals: 3),
                    NumberFormat.grouped(measures.peakNetLoadAfterFlexMW, decimals: 0),
                ]
            } else {
                numbers = Array(repeating: "–", count: 7)
            }
            let seconds = record.loadSeconds + record.buildSeconds + record.solveSeconds
            return cells + numbers.map { HTMLTable.Cell($0, numeric: true) }
                + [HTMLTable.Cell(record.warm ? "warm" : "cold"), HTMLTable.Cell(NumberFormat.grouped(seconds, decimals: 2), numeric: true),
                   HTMLTable.Cell(record.note)]
        }
        return HTMLTable(headers: headers, rows: rows)
    }
}
