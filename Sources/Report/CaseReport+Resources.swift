import Analysis
import Charts
import PageKit

extension CaseReport {
    /// What each resource did: rated power, energy delivered and taken, curtailment, cycles, hours called, cost.
    var resourceSection: ReportSection {
        let rows: [[HTMLTable.Cell]] = zip(source.resources, run.summary.resources).map { resource, summary in
            let swatch = "<span style=\"display:inline-block;width:10px;height:10px;margin-right:6px;background:\(Palette.color(of: resource))\"></span>"
            return [
                .init(markup: swatch + HTML.escape(summary.name)), .init(summary.kind.replacingOccurrences(of: "_", with: " ")),
                .init(NumberFormat.grouped(resource.ratedPowerMW), numeric: true),
                .init(Format.gigawattHours(summary.energyMWh), numeric: true),
                .init(summary.consumedMWh > 0 ? Format.gigawattHours(summary.consumedMWh) : "–", numeric: true),
                .init(summary.curtailmentShare.map(Format.percent) ?? "–", numeric: true),
                .init(summary.equivalentFullCycles.map { NumberFormat.grouped($0, decimals: 1) } ?? "–", numeric: true),
                .init(summary.hoursCalled.map { NumberFormat.grouped(Double($0)) } ?? "–", numeric: true),
                .init(Format.millions(summary.costEUR), numeric: true),
            ]
        }
        let table = HTMLTable(
            headers: [.init("Resource"), .init("Kind"), .init("Power MW", numeric: true), .init("Delivered GWh", numeric: true),
                      .init("Taken GWh", numeric: true), .init("Curtailed", numeric: true), .init("Full cycles", numeric: true),
                      .init("Hours called", numeric: true), .init("Cost M EUR", numeric: true)],
            rows: rows, className: "resources")
        let note = "Delivered: generation, absorbed wind and solar, discharge, demand reduction, imports. Taken: charging, shifted-in load, exports. "
            + "Power: rated (discharge for storage, largest import for interconnectors)."
        return ReportSection(id: "resources", title: "Resources", blocks: [table.html(), HTML.paragraph(note, class: "muted")])
    }
}
