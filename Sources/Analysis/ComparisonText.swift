import Foundation
import Localization

/// `gridflex compare` as a text table: one column per case, then one difference column per later case.
public enum ComparisonText {
    /// The table, then each target's status per case, in `words`' language and units.
    public static func render(_ original: CaseComparison, in words: Localizer = .english) -> String {
        let comparison = original.converted(to: words)
        let later = comparison.cases.dropFirst().map { words(.cmpDelta, ["case": $0]) }
        var table = [[words(.cmpGroup), words(.cmpMeasure), words(.wbUnit)] + comparison.cases + later]
        for measure in comparison.measures {
            table.append([CaseComparison.groupLabel(measure.group, in: words), CaseComparison.measureLabel(measure, in: words), measure.unit]
                         + measure.values.map(cell) + measure.differences.dropFirst().map(cell))
        }
        var text = words(.cmpComparedAgainst, ["base": comparison.cases.first ?? "—", "windows": comparison.windows.joined(separator: ", ")]) + "\n\n"
        text += aligned(table)
        if !comparison.targets.isEmpty {
            var targets = [[words(.wbId)] + comparison.cases]
            for target in comparison.targets {
                targets.append([target.id] + zip(target.statuses, target.achieved).map { status, achieved in
                    guard let status else { return "—" }
                    let label = words.word(status)
                    return achieved.map { "\(label) (\(SummaryText.number($0)))" } ?? label
                })
            }
            text += "\n" + aligned(targets)
        }
        return text
    }

    static func cell(_ value: Double?) -> String { value.map(SummaryText.number) ?? "—" }

    /// Columns padded to their widest cell; text columns left, the others right.
    static func aligned(_ table: [[String]]) -> String {
        let count = table.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in table.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { column, text in
                column < 3 || row == table[0]
                    ? DisplayWidth.pad(text, to: widths[column])
                    : String(repeating: " ", count: widths[column] - DisplayWidth.of(text)) + text
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}
