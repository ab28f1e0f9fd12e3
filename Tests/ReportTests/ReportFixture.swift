import Analysis
import Foundation
import GridModel
import Report
import Solving

/// A small, fast case with every kind of resource the report draws, solved once per window length.
enum ReportFixture {
    static let planQuote = "到2025年，新能源利用率保持在95%以上"

    /// A case of `hours` hours from hour 1: daily load and solar cycles, a windy spell, coal, hydro, storage,
    /// demand response, an interconnector, and targets (one with a Chinese source text).
    static func makeCase(hours: Int, windMW: Double = 700) -> Case {
        let load = (0..<hours).map { t -> Double in 1000 + 300 * sin(Double(t % 24) / 24 * 2 * .pi - .pi / 2) + (t % 168 == 150 ? 400 : 0) }
        let solar = (0..<hours).map { t -> Double in max(0, sin(Double(t % 24 - 6) / 12 * .pi)) }
        let wind = (0..<hours).map { t -> Double in 0.35 + 0.3 * sin(Double(t) / 40) + (t / 168 == 1 ? 0.3 : 0) }.map { min(1, max(0, $0)) }
        return Case(
            name: "fixture", region: "XX", description: "A synthetic case for report tests.", window: HourWindow(first: 1, last: hours)!, loadMW: load,
            resources: [
                .thermal(ThermalPlant(name: "coal", technology: .coal, capacityMW: 900, marginalCostEURPerMWh: 30, minStableLoad: 0.3, co2TonnesPerMWh: 0.9)),
                .thermal(ThermalPlant(name: "peaker", technology: .gasOCGT, capacityMW: 300, marginalCostEURPerMWh: 90, co2TonnesPerMWh: 0.5)),
                .hydro(HydroPlant(name: "hydro", capacityMW: 200, availability: Array(repeating: 0.5, count: hours))),
                .renewable(VariableRenewable(name: "wind", kind: .onwind, capacityMW: windMW, capacityFactor: wind)),
                .renewable(VariableRenewable(name: "pv", kind: .solar, capacityMW: 500, capacityFactor: solar)),
                .storage(Storage(name: "battery", technology: .battery, chargePowerMW: 100, dischargePowerMW: 100, energyMWh: 400,
                                 chargeEfficiency: 0.95, dischargeEfficiency: 0.95)),
                .curtailableLoad(CurtailableLoad(name: "dr", capacityMW: 50, costEURPerMWh: 150)),
                .interconnector(Interconnector(name: "link", minImportMW: Array(repeating: 0, count: hours), maxImportMW: Array(repeating: 100, count: hours),
                                               minExportMW: Array(repeating: 0, count: hours), maxExportMW: Array(repeating: 50, count: hours),
                                               importPriceEURPerMWh: 60, exportPriceEURPerMWh: 5)),
            ],
            targets: [
                Target(id: "re_utilisation", requirement: .renewableUtilisation(minimum: 0.95, resources: []), source: planQuote),
            ],
            adequacy: Adequacy(margin: 0.1),
            assumptions: [
                Assumption(key: "battery", value: "100 MW, 4 h", reason: "Illustrative <storage> & more"),
                Assumption(key: "dr", value: "50 MW", reason: "Illustrative interruptible load"),
            ],
            dataNotes: ["wind: profile rescaled to 2,000 full-load hours (factor 1.10, 3 hours capped at 1.0)"])
    }

    static let provenance = ReportProvenance(caseFile: "Models/fixture.yaml", dataDirectory: "/data/bundle", dataDirectoryOrigin: "--data-dir",
                                             sourcesNote: "load year 2018, weather year 2020, aligned by hour of year")

    /// The report page of the fixture over `hours` hours.
    static func html(hours: Int, windMW: Double = 700) throws -> String {
        let run = try CaseRun(case: makeCase(hours: hours, windMW: windMW), method: .auto)
        return CaseReport(run: run, provenance: provenance).document.html()
    }

    /// Two weeks: long enough for a peak-load and a most-curtailed week of their own.
    static let twoWeeks: String = (try? html(hours: 336)) ?? ""
}
