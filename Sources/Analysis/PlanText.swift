import Foundation
import GridModel

/// Plans and plan checks as terminal tables (Chinese quotes aligned: CJK characters are two columns wide).
public enum PlanText {
    /// `gridflex plan list`: every target with id, year, value, qualifier, firmness and quote.
    public static func list(_ plan: Plan, quoteWidth: Int = 70) -> String {
        var lines = ["\(plan.region) (\(plan.province), \(plan.scope)): \(plan.document) [\(plan.status)], \(plan.sourceFile)"]
        lines.append(row(["ID", "Year", "Kind", "Value", "Qualifier", "Firmness", "Quote"], widths: widths))
        for target in plan.targets {
            let kind = target.kind == .capacity ? "capacity[\(target.resources.joined(separator: "+"))]" : target.kind.rawValue
            lines.append(row([target.id, String(target.year), kind, value(target.value, unit: target.unit), target.qualifier.rawValue,
                              target.aspirational ? "aspirational" : "binding", DisplayWidth.truncate(target.quote, to: quoteWidth)], widths: widths))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `gridflex plan check`: the compliance table.
    public static func check(_ check: PlanCheck) -> String {
        var lines = ["Plan \(check.region) \(check.year): \(check.document) [\(check.documentStatus)]"]
        let columns = [24, 30, 13, 13, 9, 13, 14, 18]
        lines.append(row(["Target", "Kind", "Required", "Achieved", "Status", "Firmness", "Binding", "Shadow price"], widths: columns))
        for target in check.targets {
            let kind = target.kind == "capacity" ? "capacity" : target.kind
            lines.append(row([
                target.id, kind, value(target.required, unit: target.unit), value(target.achieved, unit: target.unit), target.status,
                target.firmness, target.effect.hasPrefix("LP row") ? (target.binding ? "binding" : "not binding") : "—",
                target.shadowPrice.map { "\(String(format: "%.2f", $0)) \(target.shadowPriceUnit ?? "")" } ?? "",
            ], widths: columns))
            lines.append("    \(target.effect)")
            lines.append("    「\(target.quote)」")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let widths = [28, 6, 26, 14, 11, 13, 70]

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
        case "MW": return "\(Int(value.rounded())) MW"
        case let unit?: return "\(value == value.rounded() ? String(Int(value)) : String(value)) \(unit)"
        case nil: return String(value)
        }
    }
}
