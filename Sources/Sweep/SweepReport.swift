import Charts
import Foundation
import Localization
import PageKit

/// The HTML page of a sweep: what was varied and how it was solved, the frontier charts and every point's numbers.
public struct SweepReport: Sendable {
    /// The sweep.
    public var registration: SweepRegistration
    /// Its stored points.
    public var records: [SweepRecord]
    /// The database the points were read from.
    public var databasePath: String
    /// The language and units of the page.
    public var text: Localizer

    /// A report of `records`, in `text`'s language and units.
    public init(registration: SweepRegistration, records: [SweepRecord], databasePath: String, text: Localizer = .english) {
        self.registration = registration
        self.records = records
        self.databasePath = databasePath
        self.text = text
    }

    /// The page: self-contained HTML, inline SVG charts, no script.
    public var document: ReportDocument {
        let charts = SweepCharts(records: records, parameters: registration.parameters, text: text)
        var sections = [overview]
        if !charts.isEmpty {
            sections.append(ReportSection(id: "frontier", title: text(.swFrontier), blocks: [
                Figure(title: text(.swCurtailment), svg: charts.curtailment.svg(), caption: text(.swCurtailmentCaption, ["caption": charts.caption])).html(),
                Figure(title: text(.swCost), svg: charts.cost.svg(), caption: text(.swCostCaption, ["caption": charts.caption])).html(),
            ]))
        }
        sections.append(ReportSection(id: "points", title: text(.swPoints), blocks: [table.html()]))
        let parameters = registration.parameters.joined(separator: " × ")
        return ReportDocument(
            title: text(.swTitle, ["parameters": parameters]),
            subtitle: text(.swSubtitle, ["case": registration.caseFile, "stored": String(records.count), "planned": String(registration.plannedKeys.count)]),
            sections: sections, footer: text(.swFooter, ["database": databasePath]), language: text.language.rawValue)
    }

    private var overview: ReportSection {
        let warm = records.filter(\.warm).count
        let solved = records.filter { $0.objective != nil }.count
        let solveSeconds = records.reduce(0) { $0 + $1.solveSeconds }
        var facts: [(label: String, value: String)] = [
            (text(.swCaseFile), registration.caseFile),
            (text(.swFingerprint), registration.caseHash),
            (text(.swVaried), registration.parameters.map { key in
                let values = Set(records.compactMap { $0.point[key] }).sorted(by: ParameterValue.ascending)
                return text(.swVariedValue, ["key": key, "unit": ParameterUnit.of(key), "count": String(values.count), "first": values.first ?? "–",
                                             "last": values.last ?? "–"])
            }.joined(separator: "; ")),
            (text(.swFixed), registration.fixedOptions.isEmpty ? text(.swNone) : registration.fixedOptions.joined(separator: " ")),
            (text(.swPoints), text(.swPointsValue, ["stored": String(records.count), "planned": String(registration.plannedKeys.count),
                                                    "solved": String(solved)])),
            (text(.swSolves), text(.swSolvesValue, ["warm": String(warm), "cold": String(records.count - warm),
                                                    "seconds": NumberFormat.grouped(solveSeconds, decimals: 1)])),
        ]
        if let shard = registration.shard { facts.append((text(.swShard), shard)) }
        return ReportSection(id: "sweep", title: text(.swSection), blocks: [HTML.facts(facts)])
    }

    private var table: HTMLTable {
        let parameters = registration.parameters
        // Curtailment in GWh (or 亿千瓦时), unserved energy in MWh (or 亿千瓦时), peak in MW (or 万千瓦).
        let curtailmentUnit = text.units == .cn ? text.energyUnit : "GWh", unservedUnit = text.energyUnit
        let headers = parameters.map { HTMLTable.Cell("\($0) (\(ParameterUnit.of($0)))") } + [
            text(.swStatus), text(.swObjective), text(.swCurtailmentEnergy, ["unit": curtailmentUnit]), text(.swCurtailmentShare),
            text(.swUnserved, ["unit": unservedUnit]), text(.swNonHydro), text(.swCO2), text(.swPeakNetLoad, ["unit": text.powerUnit]),
            text(.swStart), text(.swSeconds), text(.swNote),
        ].map { HTMLTable.Cell($0) }
        let rows = records.map { record -> [HTMLTable.Cell] in
            let cells = parameters.map { HTMLTable.Cell(record.point[$0] ?? "", numeric: true) } + [HTMLTable.Cell(record.status)]
            let numbers: [String]
            if let measures = record.measures, let objective = record.objective {
                numbers = [
                    NumberFormat.grouped(objective / 1e6, decimals: 2), curtailment(measures.curtailmentMWh),
                    NumberFormat.grouped(measures.curtailmentShare * 100, decimals: 2), NumberFormat.grouped(text.energy(measures.unservedMWh), decimals: text.units == .cn ? 4 : 0),
                    NumberFormat.grouped(measures.nonHydroRenewableShare * 100, decimals: 2), NumberFormat.grouped(measures.co2T / 1e6, decimals: 3),
                    NumberFormat.grouped(text.power(measures.peakNetLoadAfterFlexMW), decimals: text.units == .cn ? 1 : 0),
                ]
            } else {
                numbers = Array(repeating: "–", count: 7)
            }
            let seconds = record.loadSeconds + record.buildSeconds + record.solveSeconds
            return cells + numbers.map { HTMLTable.Cell($0, numeric: true) }
                + [HTMLTable.Cell(text(record.warm ? .swWarm : .swCold)), HTMLTable.Cell(NumberFormat.grouped(seconds, decimals: 2), numeric: true),
                   HTMLTable.Cell(record.note)]
        }
        return HTMLTable(headers: headers, rows: rows)
    }

    /// Curtailed energy as GWh with one decimal, or 亿千瓦时 with two.
    private func curtailment(_ megawattHours: Double) -> String {
        text.units == .cn ? NumberFormat.grouped(text.energy(megawattHours), decimals: 2) : NumberFormat.grouped(megawattHours / 1e3, decimals: 1)
    }
}
