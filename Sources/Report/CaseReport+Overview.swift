import Charts
import GridModel
import Localization
import PageKit

extension CaseReport {
    /// Case, region, window, where the data came from, what loading did to it, and every assumption.
    var overviewSection: ReportSection {
        let window = source.window
        var facts: [(label: String, value: String)] = [
            (text(.factCase), "\(source.name) (\(provenance.caseFile))"),
            (text(.factRegion), source.region),
            (text(.factWindow), text(.factWindowValue, ["hours": Format.hours(window.first, window.last, text), "count": NumberFormat.grouped(Double(window.count))])),
            (text(.factDataDirectory), text(.factDataDirectoryValue, ["directory": provenance.dataDirectory, "origin": provenance.dataDirectoryOrigin])),
            (text(.factDataYears), provenance.sourcesNote),
        ]
        if !source.description.isEmpty { facts.insert((text(.factDescription), source.description), at: 1) }
        return ReportSection(id: "overview", title: text(.overviewTitle), blocks: [
            HTML.facts(facts),
            "<h3>\(HTML.escape(text(.dataNotesHeading)))</h3>", HTML.list(source.dataNotes, empty: text(.dataNotesNone)),
        ] + Self.assumptionBlocks(source.assumptions, text))
    }

    /// A heading with the number of assumptions, then their table (key, value, why).
    static func assumptionBlocks(_ assumptions: [Assumption], _ text: Localizer) -> [String] {
        let table = HTMLTable(
            headers: [.init(text(.assumption)), .init(text(.value)), .init(text(.why))],
            rows: assumptions.map { [.init($0.key), .init($0.value), .init($0.reason)] },
            className: "assumptions")
        return [
            "<h3>\(HTML.escape(text(.assumptionsHeading, ["count": String(assumptions.count)])))</h3>",
            assumptions.isEmpty ? HTML.paragraph(text(.assumptionsNone), class: "muted") : table.html(),
        ]
    }
}
