import Analysis
import Charts
import Localization
import PageKit

/// The page of `gridflex compare --report`: the cases, every measure side by side with its differences against
/// the first case, and each target's status per case.
public enum ComparisonReport {
    /// The page, in `text`'s language and units.
    public static func document(_ original: CaseComparison, in text: Localizer = .english) -> ReportDocument {
        let comparison = original.converted(to: text)
        let later = comparison.cases.dropFirst().map { HTMLTable.Cell(text(.cmpDelta, ["case": $0]), numeric: true) }
        let measures = HTMLTable(
            headers: [.init(text(.cmpGroup)), .init(text(.cmpMeasure)), .init(text(.wbUnit))] + comparison.cases.map { .init($0, numeric: true) } + later,
            rows: comparison.measures.map { measure in
                [.init(CaseComparison.groupLabel(measure.group, in: text)), .init(CaseComparison.measureLabel(measure, in: text).replacingOccurrences(of: "_", with: " ")),
                 .init(measure.unit)]
                    + measure.values.map { .init(number($0), numeric: true) }
                    + measure.differences.dropFirst().map { .init(signed($0), numeric: true) }
            })
        let targets = HTMLTable(
            headers: [.init(text(.wbId))] + comparison.cases.map { .init($0) },
            rows: comparison.targets.map { target in
                [.init(target.id)] + zip(target.statuses, target.achieved).map { status, achieved in
                    guard let status else { return HTMLTable.Cell("–") }
                    return HTMLTable.Cell(markup: PlanSection.status(status, in: text) + (achieved.map { " (\(HTML.escape(number($0))))" } ?? ""))
                }
            })
        let cases = HTML.facts(zip(comparison.cases, comparison.windows).map { (label: $0, value: text(.cmpCaseHours, ["window": $1])) })
        return ReportDocument(
            title: text(.cmpReportTitle, ["cases": comparison.cases.joined(separator: " · ")]),
            subtitle: text(.cmpReportSubtitle, ["base": comparison.cases.first ?? "—"]),
            sections: [
                ReportSection(id: "cases", title: text(.cmpCasesTitle), blocks: [cases]),
                ReportSection(id: "measures", title: text(.cmpMeasuresTitle), blocks: [measures.html()]),
                ReportSection(id: "targets", title: text(.wbTargets), blocks: [comparison.targets.isEmpty ? HTML.paragraph(text(.cmpNoTargets)) : targets.html()]),
            ],
            footer: text(.cmpFooter), language: text.language.rawValue)
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
