import Analysis
import Workbook

/// `gridflex compare --xlsx`: sheet Comparison (every measure per case, then each later case's difference
/// against the first) and sheet Targets (status and achieved value per case).
enum ComparisonWorkbook {
    static func workbook(_ comparison: CaseComparison) -> Workbook {
        let later = comparison.cases.dropFirst().map { "Δ \($0)" }
        let measures = Sheet(
            name: "Comparison", header: ["group", "measure", "unit"] + comparison.cases + later,
            rows: comparison.measures.map { measure in
                [.text(measure.group), .text(measure.name), .text(measure.unit)] + measure.values.map(Cell.number)
                    + measure.differences.dropFirst().map(Cell.number)
            })
        let targets = Sheet(
            name: "Targets", header: ["target"] + comparison.cases.map { "\($0) status" } + comparison.cases.map { "\($0) achieved" },
            rows: comparison.targets.map { target in
                [.text(target.id)] + target.statuses.map { $0.map(Cell.text) ?? .empty } + target.achieved.map(Cell.number)
            })
        return Workbook(sheets: [measures, targets])
    }
}
