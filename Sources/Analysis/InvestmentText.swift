import Foundation
import Localization

/// The investment result for a terminal: both portfolios side by side, costs, targets with shadow prices, the gap.
public enum InvestmentText {
    /// Renders a result in `text`'s language and units; `solver` (the investment LP's facts) closes it when given.
    public static func render(_ result: InvestmentResult, solver: SolverFacts? = nil, in text: Localizer = .english) -> String {
        typealias Format = SummaryText
        let power = { (mw: Double) in Format.number(text.power(mw)) }
        var lines = [text(.invHeading, ["case": result.caseName, "hours": String(result.hours), "rate": Format.percent(result.discountRate)])]
        if result.prorated { lines.append(text(.invProrated, ["share": String(format: "%.4f", result.windowShare)])) }
        if let gap = result.optimalityGap { lines.append(text(.invOptimalityGap, ["gap": String(format: "%.1e", gap)])) }
        lines.append("")
        lines.append(row([text(.invCandidate), text(.invPlan) + " " + text.powerUnit, text(.invOptimum) + " " + text.powerUnit,
                          text(.invLimits), text(.invCapital), text(.invCostSource)]))
        for (optimal, planned) in zip(result.portfolio, result.planPortfolio.capacities) {
            let limits = "\(power(optimal.minMW))–\(power(optimal.maxMW))" + (optimal.atLimit.map { " (\(text($0 == "max" ? .invAtMax : .invAtMin)))" } ?? "")
            lines.append(row([optimal.resource + (optimal.decision == "retrofit" ? " (\(text(.invRetrofit)))" : ""), power(planned.powerMW),
                              power(optimal.powerMW), limits, "\(euro(planned.capitalCostEUR)) → \(euro(optimal.capitalCostEUR))",
                              optimal.costSource]))
            if let energy = optimal.energyMWh {
                lines.append("    " + text(.invEnergyLine, ["plan": Format.number(text.energy(planned.energyMWh ?? 0)), "optimum": Format.number(text.energy(energy)),
                                                           "unit": text.energyUnit, "hours": optimal.durationHours.map { String(format: "%.2f", $0) } ?? "–"]))
            }
        }
        lines.append("")
        lines += costLines(plan: result.planPortfolio.costs, optimum: result.costs, in: text)
        if !result.targets.isEmpty {
            lines.append("")
            lines.append(row([text(.target), text(.required), text(.invPlan), text(.invOptimum), text(.shadowPrice)]))
            for (optimal, planned) in zip(result.targets, result.planPortfolio.targets) {
                let value = { (target: TargetPrice) in
                    "\(Format.value(target.achieved, kind: target.unit == "t" ? "co2_cap" : "share")) \(target.met ? text(.met) : text(.notMet))"
                }
                let price = optimal.shadowPriceEURPerPercentagePoint.map { text(.invPerPoint, ["value": Format.number($0)]) }
                    ?? optimal.shadowPriceEURPerUnit.map { text(.invPerTonne, ["value": Format.number($0)]) } ?? text(.notLPRow)
                lines.append(row([optimal.id, Format.value(optimal.required, kind: optimal.unit == "t" ? "co2_cap" : "share"), value(planned),
                                  value(optimal), price]))
            }
        }
        if let adequacy = result.adequacy {
            lines.append("")
            lines.append(text(.invAdequacyLine, ["status": adequacy.met ? text(.met) : text(.notMet), "shortfall": Format.number(text.energy(adequacy.shortfallMWh)),
                                                 "unit": text.energyUnit, "price": Format.number(adequacy.shadowPriceEURPerMWYear)]))
        }
        lines.append("")
        lines.append(text(.invGapLine, ["total": euro(result.gap.totalEUR)]))
        for item in shownGapItems(result.gap) { lines.append("  " + row([gapLabel(item.what, text), euro(item.eur)])) }
        if let solver { lines += solverLines(solver, in: text) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The investment LP's solver facts and notes, after a blank line.
    static func solverLines(_ solver: SolverFacts, in text: Localizer) -> [String] {
        typealias Format = SummaryText
        var lines = [""]
        lines.append(text(.solverLine, ["method": solver.method, "iterations": String(solver.iterations), "read": Format.seconds(solver.readSeconds),
                                        "build": Format.seconds(solver.buildSeconds), "solve": Format.seconds(solver.solveSeconds),
                                        "columns": String(solver.columns), "rows": String(solver.rows), "nonzeros": String(solver.nonzeros)]))
        for note in solver.notes { lines.append(text(.solverNote, ["note": note])) }
        return lines
    }

    /// Both portfolios' costs side by side: capital, operating, penalties, total over the window and per year.
    static func costLines(plan: PortfolioCosts, optimum: PortfolioCosts, in text: Localizer) -> [String] {
        let pairs: [(TextKey, Double, Double)] = [
            (.invCapitalRow, plan.capitalEUR, optimum.capitalEUR),
            (.invOperatingRow, plan.operatingEUR, optimum.operatingEUR),
            (.invPenaltyRow, plan.penaltyEUR, optimum.penaltyEUR),
            (.invTotalRow, plan.totalEUR, optimum.totalEUR),
            (.invAnnualRow, plan.annualTotalEUR, optimum.annualTotalEUR),
        ]
        return [row(["", text(.invPlan), text(.invOptimum)])] + pairs.map { key, planned, optimal in row([text(key), euro(planned), euro(optimal)]) }
    }

    /// The gap's items worth showing: at least half a euro (an interior-point solution leaves cents on candidates
    /// neither portfolio builds; the JSON keeps them, so that its items add up to its total exactly).
    public static func shownGapItems(_ gap: CostGap) -> [CostGap.Item] {
        gap.items.filter { abs($0.eur) >= 0.5 }
    }

    /// A gap item's `what` (`capital NAME`, `operating`, `penalties`) in `text`'s language.
    public static func gapLabel(_ what: String, _ text: Localizer) -> String {
        if what.hasPrefix("capital ") { return text(.invGapCapital, ["name": String(what.dropFirst("capital ".count))]) }
        return what == "operating" ? text(.invOperatingRow) : text(.invPenaltyRow)
    }

    /// Whole euros: an interior-point solution leaves cents on candidates it does not build.
    static func euro(_ value: Double) -> String {
        "\(SummaryText.number(abs(value) < 0.5 ? 0 : value.rounded())) EUR"
    }

    static func row(_ cells: [String]) -> String {
        let widths = [22, 14, 14, 24, 32]
        return cells.enumerated().map { index, cell in
            index < widths.count ? DisplayWidth.pad(cell, to: widths[index]) + (DisplayWidth.of(cell) >= widths[index] ? " " : "") : cell
        }.joined().replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
}
