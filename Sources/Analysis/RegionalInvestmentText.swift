import Localization

/// A regional investment for a terminal: each region as `invest` prints a case, each link's addition, the system's
/// costs side by side and the gap.
public enum RegionalInvestmentText {
    /// Renders a result in `text`'s language and units; `solver` (the investment LP's facts) closes it when given.
    public static func render(_ result: RegionalInvestmentResult, solver: SolverFacts? = nil, in text: Localizer = .english) -> String {
        var lines = [
            text(.rinvHeading, ["case": result.caseName, "hours": String(result.hours), "regions": String(result.regions.count),
                                "links": String(result.links.count)]),
            text(.rinvRegionsNote),
        ]
        if let gap = result.optimalityGap { lines.append(text(.invOptimalityGap, ["gap": String(format: "%.1e", gap)])) }
        for region in result.regions {
            lines += ["", text(.regRegionHeading, ["region": region.region]), InvestmentText.render(region.investment, in: text)]
        }
        lines += ["", text(.rinvLinksHeading)]
        let power = { (mw: Double) in SummaryText.number(text.power(mw)) }
        let unit = ["unit": text.powerUnit]
        var table = [[text(.regLink), text(.rinvExisting, unit), text(.rinvAdded, unit), text(.invLimits), text(.invCapital), text(.invCostSource)]]
        for link in result.links {
            let written = link.forwardCapacityMW == link.backwardCapacityMW ? power(link.forwardCapacityMW)
                : "\(power(link.forwardCapacityMW))/\(power(link.backwardCapacityMW))"
            let expandable = link.lengthKM != nil
            table.append([link.link, written, expandable ? power(link.addedMW) : "–",
                          expandable ? "0–\(power(link.maxMW))" : text(.rinvNotExpandable),
                          expandable ? "0 EUR → \(InvestmentText.euro(link.capitalCostEUR))" : "", link.costSource])
        }
        let widths = PlanText.fitted(table)
        lines += table.map { PlanText.row($0, widths: widths) }
        if !result.groupTargets.isEmpty {
            lines += RegionalText.groupTargetLines([(text(.invOptimum), result.groupTargets), (text(.invPlan), result.planGroupTargets)], text)
        }
        lines += ["", text(.rinvSystemHeading)]
        lines += InvestmentText.costLines(plan: result.planCosts, optimum: result.costs, in: text)
        lines.append(text(.rinvOperatingNote))
        lines.append(text(.invGapLine, ["total": InvestmentText.euro(result.gapEUR)]))
        if !result.notes.isEmpty, solver == nil { lines += result.notes.map { text(.solverNote, ["note": $0]) } }
        if let solver { lines += InvestmentText.solverLines(solver, in: text) }
        return lines.joined(separator: "\n") + "\n"
    }
}
