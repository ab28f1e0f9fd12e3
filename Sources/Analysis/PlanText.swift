import Foundation
import GridModel

/// Plans and plan checks as terminal tables (Chinese quotes aligned: CJK characters are two columns wide).
public enum PlanText {
    /// `gridflex plan list`: every target with id, year, value, qualifier, firmness and quote, in columns as wide as
    /// their widest cell. A year the quote does not state (read from its context) is marked `*`.
    public static func list(_ plan: Plan, quoteWidth: Int = 70) -> String {
        let header = ["ID", "Year", "Kind", "Value", "Qualifier", "Firmness", "Quote"]
        let cells = plan.targets.map { target -> [String] in
            let kind = target.kind == .capacity ? "capacity[\(target.resources.joined(separator: "+"))]" : target.kind.rawValue
            let year = target.quote.contains(String(target.year)) ? String(target.year) : "\(target.year)*"
            return [target.id, year, kind, value(target.value, unit: target.unit), target.qualifier.rawValue,
                    target.aspirational ? "aspirational" : "binding", DisplayWidth.truncate(target.quote, to: quoteWidth)]
        }
        let widths = fitted([header] + cells)
        var lines = ["\(plan.region) (\(plan.province), \(plan.scope)): \(plan.document) [\(plan.status)], \(plan.sourceFile)"]
        lines.append(row(header, widths: widths))
        lines += cells.map { row($0, widths: widths) }
        if cells.contains(where: { $0[1].hasSuffix("*") }) { lines.append("* the quote states no year; the year is read from its context (see the target's note)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `gridflex plan check`: each target with its year, qualifier, plan figure, the case's value, how it was
    /// evaluated and, for tested targets, met or missed, binding or slack and the shadow price; then the counts.
    public static func check(_ check: PlanCheck) -> String {
        var lines = ["Plan \(check.region) \(check.year): \(check.document) [\(check.documentStatus)]"]
        let header = ["Target", "Year", "Kind", "Qualifier", "Plan figure", "Case value", "Evaluation", "Status", "Firmness", "Binding", "Shadow price"]
        let cells = check.targets.map { target -> [String] in
            let year = target.carriedFrom.map { "\(check.year) (from \($0))" } ?? String(target.year)
            let status = target.shortfall.map { "\(target.status) by \(SummaryText.number($0)) \(target.shortfallUnit ?? "")" } ?? target.status
            return [
                target.id, year, target.kind, target.qualifier, value(target.required, unit: target.unit), value(target.achieved, unit: target.unit),
                target.evaluation, status, target.firmness,
                target.evaluation == "tested" ? (target.binding ? "binding" : "slack") : "—", target.shadowPriceLabel,
            ]
        }
        let columns = fitted([header] + cells)
        lines.append(row(header, widths: columns))
        for (target, cells) in zip(check.targets, cells) {
            lines.append(row(cells, widths: columns))
            lines.append("    \(target.effect)")
            if let carried = target.carriedFrom { lines.append("    carried from \(carried): no later figure in the plan") }
            lines.append("    「\(target.quote)」")
        }
        lines.append("Targets: " + PlanCheckCounts(check).line)
        lines += ContributionText.lines(check.contributions)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Column widths that fit every cell (display width, CJK counted as two) plus two spaces.
    static func fitted(_ rows: [[String]]) -> [Int] {
        (0..<(rows.map(\.count).max() ?? 0)).map { column in
            rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max()! + 2
        }
    }

    static func row(_ cells: [String], widths: [Int]) -> String {
        cells.enumerated().map { index, cell in
            let width = index < widths.count ? widths[index] : 12
            return DisplayWidth.of(cell) >= width ? cell + " " : DisplayWidth.pad(cell, to: width)
        }.joined().trimmingCharacters(in: .whitespaces)
    }

    static func value(_ value: Double?, unit: String?) -> String {
        guard let value else { return "—" }
        switch unit {
        case "fraction": return String(format: "%.2f%%", value * 100)
        case "MW": return "\(SummaryText.number(value)) MW"
        case let unit?: return "\(value == value.rounded() ? SummaryText.number(value) : String(value)) \(unit)"
        case nil: return String(value)
        }
    }
}
