import Charts
import GridModel
import Localization
import PageKit

extension CaseReport {
    /// Curtailed energy per calendar month (from the hour of year) and renewable kind, GWh.
    var curtailmentSection: ReportSection {
        let window = source.window
        let months = Array(Set((0..<source.hours).map { Calendar365.month(ofDay: window.dayOfYear(atOffset: $0)) })).sorted()
        var series: [BarSeries] = []
        for kind in VariableRenewable.Kind.allCases {
            var totals = [Double](repeating: 0, count: months.count)
            var present = false
            for case let .renewable(plant) in source.resources where plant.kind == kind {
                present = true
                for (t, value) in run.result.values(.curtailment, of: plant.name).enumerated() where value > Self.negligibleMW {
                    let month = Calendar365.month(ofDay: window.dayOfYear(atOffset: t))
                    if let slot = months.firstIndex(of: month) { totals[slot] += value / 1e3 }
                }
            }
            if present { series.append(BarSeries(name: Palette.label(kind), color: Palette.renewable(kind), values: totals)) }
        }
        guard !series.isEmpty else {
            return ReportSection(id: "curtailment", title: text(.curtailmentTitle), blocks: [HTML.paragraph(text(.curtailmentNoRenewables), class: "muted")])
        }
        guard series.contains(where: { $0.values.contains { $0 > 0 } }) else {
            return ReportSection(id: "curtailment", title: text(.curtailmentTitle), blocks: [HTML.paragraph(text(.curtailmentNone), class: "muted")])
        }
        let chart = BarChart(
            title: text(.curtailmentChartTitle),
            categoryAxis: CategoryAxis(title: text(.axisMonth), unit: text(.axisMonthUnit), categories: months.map { text.monthName($0) }),
            valueAxis: Axis(title: text(.axisCurtailedEnergy), unit: "GWh"), series: series)
        let total = series.flatMap(\.values).reduce(0, +)
        let caption = text(.curtailmentCaption, ["total": NumberFormat.grouped(total, decimals: 1)]) + (months.count < 12 ? text(.curtailmentCaptionPartial) : "")
        return ReportSection(id: "curtailment", title: text(.curtailmentTitle), blocks: [Figure(title: text(.curtailmentFigureTitle), svg: chart.svg(), caption: caption).html()])
    }
}
