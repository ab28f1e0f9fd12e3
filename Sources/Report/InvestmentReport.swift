import Analysis
import Charts
import Localization
import PageKit

/// The page of `gridflex invest --report`: the plan's portfolio against the least-cost one (capacities as a table
/// and a bar chart), both portfolios' costs, the targets with their shadow prices, and what the gap is made of.
public enum InvestmentReport {
    /// The page, in `text`'s language and units.
    public static func document(_ result: InvestmentResult, in text: Localizer = .english) -> ReportDocument {
        ReportDocument(
            title: text(.invReportTitle),
            subtitle: text(.invReportSubtitle, ["case": result.caseName, "hours": String(result.hours)]),
            sections: [comparison(result, text), costs(result, text), targets(result, text)],
            footer: text(.invFooter), language: text.language.rawValue)
    }

    static func comparison(_ result: InvestmentResult, _ text: Localizer) -> ReportSection {
        let power = text.powerUnit, energy = text.energyUnit
        let table = HTMLTable(
            headers: [.init(text(.invCandidate)), .init("\(text(.invPlan)) \(power)", numeric: true), .init("\(text(.invOptimum)) \(power)", numeric: true),
                      .init("\(text(.invPlan)) \(energy)", numeric: true), .init("\(text(.invOptimum)) \(energy)", numeric: true),
                      .init(text(.invLimits)), .init("\(text(.invCapitalRow)) \(text(.invPlan)) EUR", numeric: true),
                      .init("\(text(.invCapitalRow)) \(text(.invOptimum)) EUR", numeric: true), .init(text(.invCostSource))],
            rows: zip(result.planPortfolio.capacities, result.portfolio).map { planned, optimal in
                let limit = optimal.atLimit.map { " (\(text($0 == "max" ? .invAtMax : .invAtMin)))" } ?? ""
                return [.init(optimal.resource + (optimal.decision == "retrofit" ? " (\(text(.invRetrofit)))" : "")),
                        .init(number(text.power(planned.powerMW)), numeric: true), .init(number(text.power(optimal.powerMW)), numeric: true),
                        .init(number(planned.energyMWh.map(text.energy)), numeric: true), .init(number(optimal.energyMWh.map(text.energy)), numeric: true),
                        .init("\(number(text.power(optimal.minMW)))–\(number(text.power(optimal.maxMW)))\(limit)"),
                        .init(euro(planned.capitalCostEUR), numeric: true), .init(euro(optimal.capitalCostEUR), numeric: true), .init(optimal.costSource)]
            })
        var blocks = [table.html()]
        if result.prorated { blocks.append(HTML.paragraph(text(.invProrated, ["share": String(format: "%.4f", result.windowShare)]), class: "muted")) }
        if let gap = result.optimalityGap { blocks.append(HTML.paragraph(text(.invOptimalityGap, ["gap": String(format: "%.1e", gap)]), class: "muted")) }
        blocks.append(Figure(title: text(.invChartTitle), svg: chart(result, text).svg(), caption: text(.invChartCaption)).html())
        return ReportSection(id: "comparison", title: text(.invComparisonTitle), blocks: blocks)
    }

    /// Bars of each candidate's power: the plan's and the least-cost one next to each other (one category each, so
    /// that the stacked chart draws them side by side).
    static func chart(_ result: InvestmentResult, _ text: Localizer) -> BarChart {
        let pairs = Array(zip(result.planPortfolio.capacities, result.portfolio))
        let categories = pairs.flatMap { planned, _ -> [String] in
            ["\(planned.resource) · \(text(.invPlan))", "\(planned.resource) · \(text(.invOptimum))"]
        }
        let planned = pairs.flatMap { planned, _ -> [Double] in [text.power(planned.powerMW), 0] }
        let optimal = pairs.flatMap { _, optimal -> [Double] in [0, text.power(optimal.powerMW)] }
        return BarChart(
            title: text(.invChartTitle),
            categoryAxis: CategoryAxis(title: text(.invCandidate), unit: "", categories: categories),
            valueAxis: Axis(title: text(.invAxisCapacity), unit: text.powerUnit),
            series: [BarSeries(name: text(.invPlan), color: OkabeIto.orange, values: planned),
                     BarSeries(name: text(.invOptimum), color: OkabeIto.blue, values: optimal)])
    }

    static func costs(_ result: InvestmentResult, _ text: Localizer) -> ReportSection {
        let plan = result.planPortfolio.costs, optimal = result.costs
        let rows: [(TextKey, Double, Double)] = [
            (.invCapitalRow, plan.capitalEUR, optimal.capitalEUR), (.invOperatingRow, plan.operatingEUR, optimal.operatingEUR),
            (.invPenaltyRow, plan.penaltyEUR, optimal.penaltyEUR), (.invTotalRow, plan.totalEUR, optimal.totalEUR),
            (.invAnnualRow, plan.annualTotalEUR, optimal.annualTotalEUR),
        ]
        let table = HTMLTable(
            headers: [.init(text(.invItem)), .init("\(text(.invPlan)) EUR", numeric: true), .init("\(text(.invOptimum)) EUR", numeric: true)],
            rows: rows.map { [.init(text($0.0)), .init(euro($0.1), numeric: true), .init(euro($0.2), numeric: true)] })
        let gap = HTMLTable(
            headers: [.init(text(.invItem)), .init(text(.invEUR), numeric: true)],
            rows: InvestmentText.shownGapItems(result.gap).map { [.init(InvestmentText.gapLabel($0.what, text)), .init(euro($0.eur), numeric: true)] }
                + [[.init(text(.invTotalRow)), .init(euro(result.gap.totalEUR), numeric: true)]])
        return ReportSection(id: "costs", title: text(.invCostsTitle), blocks: [
            table.html(), HTML.element("h3", text(.invGapTitle)), gap.html(), HTML.paragraph(text(.invGapNote), class: "muted"),
        ])
    }

    static func targets(_ result: InvestmentResult, _ text: Localizer) -> ReportSection {
        let table = HTMLTable(
            headers: [.init(text(.wbId)), .init(text(.wbRequired), numeric: true), .init(text(.invPlan), numeric: true),
                      .init(text(.invOptimum), numeric: true), .init(text(.shadowPrice), numeric: true)],
            rows: zip(result.planPortfolio.targets, result.targets).map { planned, optimal in
                let price = optimal.shadowPriceEURPerPercentagePoint.map { text(.invPerPoint, ["value": number($0)]) }
                    ?? optimal.shadowPriceEURPerUnit.map { text(.invPerTonne, ["value": number($0)]) } ?? "–"
                return [.init(optimal.id), .init(value(optimal.required, optimal), numeric: true),
                        .init(achieved(planned, text), numeric: true), .init(achieved(optimal, text), numeric: true), .init(price, numeric: true)]
            })
        var blocks = [result.targets.isEmpty ? HTML.paragraph(text(.targetsNone)) : table.html()]
        if let adequacy = result.adequacy {
            blocks.append(HTML.paragraph(text(.invAdequacyLine, [
                "status": adequacy.met ? text(.met) : text(.notMet), "shortfall": number(text.energy(adequacy.shortfallMWh)), "unit": text.energyUnit,
                "price": number(adequacy.shadowPriceEURPerMWYear),
            ])))
        }
        return ReportSection(id: "targets", title: text(.invTargetsTitle), blocks: blocks)
    }

    static func achieved(_ target: TargetPrice, _ text: Localizer) -> String {
        "\(value(target.achieved, target)) \(target.met ? text(.met) : text(.notMet))"
    }

    static func value(_ value: Double, _ target: TargetPrice) -> String {
        target.unit == "t" ? "\(number(value)) t" : NumberFormat.grouped(value * 100, decimals: 2) + " %"
    }

    /// Whole euros (an interior-point solution leaves cents on candidates it does not build).
    static func euro(_ value: Double) -> String {
        NumberFormat.grouped(abs(value) < 0.5 ? 0 : value, decimals: 0)
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "–" }
        return NumberFormat.grouped(value, decimals: abs(value) < 10 ? 2 : 0)
    }
}
