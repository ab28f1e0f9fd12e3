import Analysis
import Charts
import PageKit

/// The page of `gridflex compare --report`: the cases, every measure side by side with its differences against
/// the first case, and each target's status per case.
public enum ComparisonReport {
    /// The page.
    public static func document(_ comparison: CaseComparison) -> ReportDocument {
        let later = comparison.cases.dropFirst().map { HTMLTable.Cell("Δ \($0)", numeric: true) }
        let measures = HTMLTable(
            headers: [.init("Group"), .init("Measure"), .init("Unit")] + comparison.cases.map { .init($0, numeric: true) } + later,
            rows: comparison.measures.map { measure in
                [.init(measure.group), .init(measure.name.replacingOccurrences(of: "_", with: " ")), .init(measure.unit)]
                    + measure.values.map { .init(number($0), numeric: true) }
                    + measure.differences.dropFirst().map { .init(signed($0), numeric: true) }
            })
        let targets = HTMLTable(
            headers: [.init("Target")] + comparison.cases.map { .init($0) },
            rows: comparison.targets.map { target in
                [.init(target.id)] + zip(target.statuses, target.achieved).map { status, achieved in
                    guard let status else { return HTMLTable.Cell("–") }
                    return HTMLTable.Cell(markup: PlanSection.status(status) + (achieved.map { " (\(HTML.escape(number($0))))" } ?? ""))
                }
            })
        let cases = HTML.facts(zip(comparison.cases, comparison.windows).map { (label: $0, value: "hours \($1)") })
        return ReportDocument(
            title: "Comparison: \(comparison.cases.joined(separator: " · "))",
            subtitle: "Differences are each case less \(comparison.cases.first ?? "the first")",
            sections: [
                ReportSection(id: "cases", title: "Cases", blocks: [cases]),
                ReportSection(id: "measures", title: "Capacities, costs, energy, utilisation, adequacy", blocks: [measures.html()]),
                ReportSection(id: "targets", title: "Targets", blocks: [comparison.targets.isEmpty ? HTML.paragraph("No targets.") : targets.html()]),
            ],
            footer: "Money is EUR 2020; per unit values are shares (1 = 100 %).")
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "–" }
        return NumberFormat.grouped(value, decimals: abs(value) < 10 ? 3 : 0)
    }

    static func signed(_ value: Double?) -> String {
        guard let value else { return "–" }
        return (value > 0 ? "+" : "") + number(value)
    }
}
