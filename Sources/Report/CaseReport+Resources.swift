import Analysis
import Charts
import Localization
import PageKit

extension CaseReport {
    /// What each resource did: rated power, energy delivered and taken, curtailment, cycles, hours called, cost.
    var resourceSection: ReportSection {
        let rows: [[HTMLTable.Cell]] = zip(source.resources, run.summary.resources).map { resource, summary in
            let swatch = "<span style=\"display:inline-block;width:10px;height:10px;margin-right:6px;background:\(Palette.color(of: resource))\"></span>"
            return [
                .init(markup: swatch + HTML.escape(summary.name)), .init(summary.kind.replacingOccurrences(of: "_", with: " ")),
                .init(NumberFormat.grouped(text.power(resource.ratedPowerMW), decimals: text.units == .cn ? 1 : 0), numeric: true),
                .init(Format.energyColumn(summary.energyMWh, text), numeric: true),
                .init(summary.consumedMWh > 0 ? Format.energyColumn(summary.consumedMWh, text) : "–", numeric: true),
                .init(summary.curtailmentShare.map(Format.percent) ?? "–", numeric: true),
                .init(summary.equivalentFullCycles.map { NumberFormat.grouped($0, decimals: 1) } ?? "–", numeric: true),
                .init(summary.hoursCalled.map { NumberFormat.grouped(Double($0)) } ?? "–", numeric: true),
                .init(Format.millions(summary.costEUR), numeric: true),
            ]
        }
        let table = HTMLTable(
            headers: [.init(text(.resource)), .init(text(.kind)), .init(text(.powerColumn, ["unit": text.powerUnit]), numeric: true),
                      .init(text(.deliveredColumn, ["unit": Format.energyUnit(text)]), numeric: true), .init(text(.takenColumn, ["unit": Format.energyUnit(text)]), numeric: true),
                      .init(text(.curtailedColumn), numeric: true), .init(text(.fullCyclesColumn), numeric: true),
                      .init(text(.hoursCalledColumn), numeric: true), .init(text(.costMillionsColumn), numeric: true)],
            rows: rows, className: "resources")
        let note = text(.resourcesNote)
        return ReportSection(id: "resources", title: text(.resourcesTitle), blocks: [table.html(), HTML.paragraph(note, class: "muted")])
    }
}
