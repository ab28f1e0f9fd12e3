import Analysis
import Foundation
import Localization
import PageKit
import Report
import Scenario
import Solving

/// Writes the HTML report of a solved case (`gridflex solve --report FILE.html`).
enum ReportFile {
    /// The data bundle's years, which every report must state: its load and weather series come from
    /// different years and are matched by hour of year (see the bundle's README).
    static let sourcesNote = "load year 2018, weather year 2020 (wind, solar, hydro), aligned by hour of year"

    static func write(_ run: CaseRun, loaded: LoadedCase, plan: PlanCheck? = nil, in text: Localizer = .english, to path: String) throws {
        var document = CaseReport(run: run, provenance: provenance(file: loaded.file, data: loaded.dataDirectory), text: text).document
        if let plan { document.sections.insert(PlanSection.section(plan, in: text), at: min(2, document.sections.count)) }
        try write(document, to: path)
    }

    /// The page of a solved regional case, with each planned region's plan check after the overview.
    static func write(_ run: RegionalRun, loaded: LoadedRegionalCase, plans: [PlanCheck] = [], in text: Localizer = .english, to path: String) throws {
        var document = RegionalReport(run: run, provenance: provenance(file: loaded.file, data: loaded.dataDirectory), text: text).document
        let sections = plans.map { plan in
            var section = PlanSection.section(plan, in: text)
            section.id = "plan-\(plan.region)"
            return section
        }
        document.sections.insert(contentsOf: sections, at: min(1, document.sections.count))
        try write(document, to: path)
    }

    private static func provenance(file: String, data: DataDirectory) -> ReportProvenance {
        ReportProvenance(caseFile: file, dataDirectory: data.url.path, dataDirectoryOrigin: data.origin, sourcesNote: sourcesNote)
    }

    private static func write(_ document: ReportDocument, to path: String) throws {
        let html = document.html()
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Failure.output("cannot write the report to \(path): \(error.localizedDescription)")
        }
    }
}
