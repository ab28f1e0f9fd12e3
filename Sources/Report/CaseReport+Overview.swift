import Charts
import PageKit

extension CaseReport {
    /// Case, region, window, where the data came from, what loading did to it, and every assumption.
    var overviewSection: ReportSection {
        let window = source.window
        var facts: [(label: String, value: String)] = [
            ("Case", "\(source.name) (\(provenance.caseFile))"),
            ("Region", source.region),
            ("Window", "\(Format.hours(window.first, window.last)) of the year, \(NumberFormat.grouped(Double(window.count))) h"),
            ("Data directory", "\(provenance.dataDirectory) (chosen by \(provenance.dataDirectoryOrigin))"),
            ("Data years", provenance.sourcesNote),
        ]
        if !source.description.isEmpty { facts.insert(("Description", source.description), at: 1) }
        let assumptions = HTMLTable(
            headers: [.init("Assumption"), .init("Value"), .init("Why")],
            rows: source.assumptions.map { [.init($0.key), .init($0.value), .init($0.reason)] },
            className: "assumptions")
        return ReportSection(id: "overview", title: "Case and data", blocks: [
            HTML.facts(facts),
            "<h3>Data notes</h3>", HTML.list(source.dataNotes, empty: "The series were used as read; nothing was rescaled."),
            "<h3>Assumptions (\(source.assumptions.count))</h3>",
            source.assumptions.isEmpty ? HTML.paragraph("The case states no assumptions.", class: "muted") : assumptions.html(),
        ])
    }
}
