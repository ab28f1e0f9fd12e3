import Charts
import GridModel
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
            return ReportSection(id: "curtailment", title: "Curtailment by month", blocks: [HTML.paragraph("The case has no wind or solar.", class: "muted")])
        }
        guard series.contains(where: { $0.values.contains { $0 > 0 } }) else {
            return ReportSection(id: "curtailment", title: "Curtailment by month",
                                 blocks: [HTML.paragraph("No wind or solar was curtailed in any hour of the window.", class: "muted")])
        }
        let chart = BarChart(
            title: "Curtailment by month and kind",
            categoryAxis: CategoryAxis(title: "Month", unit: "from the hour of year, 365-day calendar", categories: months.map { Calendar365.monthNames[$0] }),
            valueAxis: Axis(title: "Curtailed energy", unit: "GWh"), series: series)
        let total = series.flatMap(\.values).reduce(0, +)
        let caption = "Wind and solar energy available but not absorbed, stacked by kind: \(NumberFormat.grouped(total, decimals: 1)) GWh in all."
            + (months.count < 12 ? " Only months inside the window are shown; a month cut by the window holds only its modelled hours." : "")
        return ReportSection(id: "curtailment", title: "Curtailment by month", blocks: [Figure(title: "Curtailed wind and solar energy per month, by kind", svg: chart.svg(), caption: caption).html()])
    }
}
