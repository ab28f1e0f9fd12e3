import Analysis
import Localization
import Workbook

/// `gridflex compare --xlsx`: sheet Comparison (every measure per case, then each later case's difference
/// against the first) and sheet Targets (status and achieved value per case), in `text`'s language and units.
enum ComparisonWorkbook {
    static func workbook(_ original: CaseComparison, in text: Localizer = .english) -> Workbook {
        let comparison = original.converted(to: text)
        let later = comparison.cases.dropFirst().map { text(.cmpDelta, ["case": $0]) }
        let measures = Sheet(
            name: text(.cmpSheet), header: [text(.cmpGroup), text(.cmpMeasure), text(.wbUnit)] + comparison.cases + later,
            rows: comparison.measures.map { measure in
                [.text(CaseComparison.groupLabel(measure.group, in: text)), .text(CaseComparison.measureLabel(measure, in: text)), .text(measure.unit)]
                    + measure.values.map(Cell.number) + measure.differences.dropFirst().map(Cell.number)
            })
        let targets = Sheet(
            name: text(.wbTargets),
            header: [text(.wbId)] + comparison.cases.map { text(.cmpStatusColumn, ["case": $0]) } + comparison.cases.map { text(.cmpAchievedColumn, ["case": $0]) },
            rows: comparison.targets.map { target in
                [.text(target.id)] + target.statuses.map { $0.map { Cell.text(text.word($0)) } ?? .empty } + target.achieved.map(Cell.number)
            })
        return Workbook(sheets: [measures, targets])
    }
}
