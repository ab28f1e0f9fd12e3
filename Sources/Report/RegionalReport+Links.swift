import Analysis
import Charts
import DispatchBuilder
import Localization
import PageKit

extension RegionalReport {
    /// Every link: capacity, energy and use each way, hours at limit, congestion rent, losses and wheeling; then the
    /// duration curve of each link's hourly net flow.
    var linksSection: ReportSection {
        let links = run.summary.links
        guard !links.isEmpty else {
            return ReportSection(id: "links", title: text(.rrLinksTitle), blocks: [HTML.paragraph(text(.rrNoLinks), class: "muted")])
        }
        let power = ["unit": text.powerUnit], energy = ["unit": Format.energyUnit(text)]
        func capacity(_ megawatts: Double) -> HTMLTable.Cell {
            .init(NumberFormat.grouped(text.power(megawatts), decimals: text.units == .cn ? 1 : 0), numeric: true)
        }
        let table = HTMLTable(
            headers: [.init(text(.rrLink)), .init(text(.rrCapacityForward, power), numeric: true), .init(text(.rrCapacityBackward, power), numeric: true),
                      .init(text(.rrSentForward, energy), numeric: true), .init(text(.rrSentBackward, energy), numeric: true),
                      .init(text(.rrUtilisation), numeric: true), .init(text(.rrHoursAtLimit), numeric: true), .init(text(.rrRent), numeric: true),
                      .init(text(.rrLosses, energy), numeric: true), .init(text(.rrWheeling), numeric: true)],
            rows: links.map { link in
                [.init(link.name == "\(link.from)-\(link.to)" ? link.name : "\(link.name) (\(link.from) → \(link.to))"),
                 capacity(link.forwardCapacityMW), capacity(link.backwardCapacityMW),
                 .init(Format.energyColumn(link.forwardMWh, text), numeric: true), .init(Format.energyColumn(link.backwardMWh, text), numeric: true),
                 .init("\(Format.percent(link.forwardUtilisation)) / \(Format.percent(link.backwardUtilisation))", numeric: true),
                 .init(NumberFormat.grouped(Double(link.hoursAtLimit)), numeric: true), .init(NumberFormat.grouped(link.congestionRentEUR), numeric: true),
                 .init(Format.energyColumn(link.lossMWh, text), numeric: true), .init(NumberFormat.grouped(link.wheelingEUR), numeric: true)]
            },
            className: "links")
        let figures = run.result.links.map(durationFigure).map { $0.html() }
        return ReportSection(id: "links", title: text(.rrLinksTitle), blocks: [
            table.html(), HTML.paragraph(text(.rrLinksNote), class: "muted"),
            figures.count > 1 ? "<div class=\"pair\">\(figures.joined())</div>" : figures.joined(),
        ])
    }

    /// A link's hourly net flow (forward less backward, MW) sorted from highest to lowest.
    func durationFigure(_ flows: LinkFlows) -> Figure {
        let link = flows.link
        let names = ["link": link.name, "from": link.from, "to": link.to]
        let chart = DurationCurve(
            title: text(.rrDurationTitle, names), size: ChartSize(width: 560, height: 320),
            valueAxis: Axis(title: text(.rrAxisNetFlow, names), unit: "MW"),
            curves: [.init(name: link.name, color: Palette.links, values: zip(flows.forwardMW, flows.backwardMW).map { $0 - $1 })],
            maxPoints: CaseReport.durationCurvePoints)
        var caption = text(.rrDurationCaption, names.merging(["forward": text.powerText(link.forwardCapacityMW),
                                                              "backward": text.powerText(link.backwardCapacityMW)]) { first, _ in first })
        if chart.isSampled { caption += " " + CaseReport.sampledNote(hours: flows.forwardMW.count, text) }
        return Figure(title: text(.rrDurationTitle, names), svg: chart.svg(), caption: caption)
    }
}
