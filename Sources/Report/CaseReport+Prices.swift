import Charts
import Localization
import PageKit

extension CaseReport {
    /// The hourly marginal price (dual of each hour's balance) sorted from highest to lowest.
    var priceSection: ReportSection {
        let prices = run.result.priceEURPerMWh
        let chart = DurationCurve(
            title: text(.pricesChartTitle), size: ChartSize(width: 960, height: 360),
            valueAxis: Axis(title: text(.axisMarginalPrice), unit: "EUR/MWh"),
            curves: [.init(name: text(.seriesMarginalPrice), color: Palette.load, values: prices)],
            maxPoints: Self.durationCurvePoints)
        var caption = text(.pricesCaption, ["mean": NumberFormat.grouped(run.summary.kpis.meanPriceEURPerMWh, decimals: 2),
                                            "high": NumberFormat.grouped(prices.max() ?? 0, decimals: 2), "low": NumberFormat.grouped(prices.min() ?? 0, decimals: 2)])
        if chart.isSampled { caption += " \(sampledNote)" }
        return ReportSection(id: "prices", title: text(.pricesTitle), blocks: [Figure(title: text(.pricesFigureTitle), svg: chart.svg(), caption: caption).html()])
    }
}
