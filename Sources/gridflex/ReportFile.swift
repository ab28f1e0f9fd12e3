import Analysis
import Foundation
import Localization
import Report
import Scenario
import Solving

/// Writes the HTML report of a solved case (`gridflex solve --report FILE.html`).
enum ReportFile {
    /// The data bundle's years, which every report must state: its load and weather series come from
    /// different years and are matched by hour of year (see the bundle's README).
    static let sourcesNote = "load year 2018, weather year 2020 (wind, solar, hydro), aligned by hour of year"

    static func write(_ run: CaseRun, loaded: LoadedCase, plan: PlanCheck? = nil, in text: Localizer = .english, to path: String) throws {
        let provenance = ReportProvenance(
            caseFile: loaded.file, dataDirectory: loaded.dataDirectory.url.path, dataDirectoryOrigin: loaded.dataDirectory.origin,
            sourcesNote: sourcesNote)
        var document = CaseReport(run: run, provenance: provenance, text: text).document
        if let plan { document.sections.insert(PlanSection.section(plan, in: text), at: min(2, document.sections.count)) }
        let html = document.html()
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Failure.output("cannot write the report to \(path): \(error.localizedDescription)")
        }
    }
}
