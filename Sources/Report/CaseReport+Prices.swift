import Charts
import PageKit

extension CaseReport {
    /// The hourly marginal price (dual of each hour's balance) sorted from highest to lowest.
    var priceSection: ReportSection {
        let prices = run.result.priceEURPerMWh
        let chart = DurationCurve(
            title: "Marginal price duration", size: ChartSize(width: 960, height: 360),
            valueAxis: Axis(title: "Marginal price", unit: "EUR/MWh"),
            curves: [.init(name: "Marginal price (dual of the hourly balance)", color: Palette.load, values: prices)],
            maxPoints: Self.durationCurvePoints)
        var caption = "The cost of serving one more MWh in each hour, sorted. "
            + "Mean \(NumberFormat.grouped(run.summary.kpis.meanPriceEURPerMWh, decimals: 2)) EUR/MWh; "
            + "highest \(NumberFormat.grouped(prices.max() ?? 0, decimals: 2)), lowest \(NumberFormat.grouped(prices.min() ?? 0, decimals: 2)) EUR/MWh."
        if chart.isSampled { caption += " \(sampledNote)" }
        return ReportSection(id: "prices", title: "Marginal prices", blocks: [Figure(title: "Marginal price duration curve", svg: chart.svg(), caption: caption).html()])
    }
}
