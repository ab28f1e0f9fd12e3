import Foundation

/// `gridflex compare` as a text table: one column per case, then one difference column per later case.
public enum ComparisonText {
    /// The table, then each target's status per case.
    public static func render(_ comparison: CaseComparison) -> String {
        let later = comparison.cases.dropFirst().map { "Δ \($0)" }
        var table = [["group", "measure", "unit"] + comparison.cases + later]
        for measure in comparison.measures {
            table.append([measure.group, measure.name, measure.unit] + measure.values.map(cell) + measure.differences.dropFirst().map(cell))
        }
        var text = "Compared against \(comparison.cases.first ?? "—") (windows: \(comparison.windows.joined(separator: ", ")))\n\n"
        text += aligned(table)
        if !comparison.targets.isEmpty {
            var targets = [["target"] + comparison.cases]
            for target in comparison.targets {
                targets.append([target.id] + zip(target.statuses, target.achieved).map { status, achieved in
                    guard let status else { return "—" }
                    return achieved.map { "\(status) (\(SummaryText.number($0)))" } ?? status
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
