import Foundation
import GridModel
import Localization

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
    /// Words in `text`'s language, MW in its units; quotes as the plan writes them.
    public static func check(_ check: PlanCheck, in text: Localizer = .english) -> String {
        var lines = [text(.planLine, ["region": check.region, "year": String(check.year), "document": check.document, "status": check.documentStatus])]
        let header = [text(.target), text(.year), text(.kind), text(.qualifier), text(.planFigure), text(.caseValue), text(.evaluation),
                      text(.status), text(.firmness), text(.bindingColumn), text(.shadowPrice)]
        let cells = check.targets.map { target -> [String] in
            let year = target.carriedFrom.map { text(.carriedYear, ["year": String(check.year), "from": String($0)]) } ?? String(target.year)
            let status = target.shortfall.map { text(.statusBy, ["status": text.word(target.status), "amount": "\(SummaryText.number($0)) \(target.shortfallUnit ?? "")"]) }
                ?? text.word(target.status)
            return [
                target.id, year, target.kind, target.qualifier, value(target.required, unit: target.unit, in: text),
                value(target.achieved, unit: target.unit, in: text), text.word(target.evaluation), status, text.word(target.firmness),
                target.evaluation == "tested" ? (target.binding ? text(.tight) : text(.slack)) : "—",
                target.shadowPriceIsPenalty ? text(.penaltyNote) : target.shadowPriceLabel,
            ]
        }
        let columns = fitted([header] + cells)
        lines.append(row(header, widths: columns))
        for (target, cells) in zip(check.targets, cells) {
            lines.append(row(cells, widths: columns))
            lines.append("    \(target.effect)")
            if let carried = target.carriedFrom { lines.append(text(.carriedFromLine, ["year": String(carried)])) }
            lines.append("    「\(target.quote)」")
        }
        let counts = PlanCheckCounts(check)
        lines.append(text(.planCounts, ["applied": String(counts.applied), "tested": String(counts.tested), "met": String(counts.met),
                                        "context": String(counts.context)]))
        lines += ContributionText.lines(check.contributions, text)
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

    static func value(_ value: Double?, unit: String?, in text: Localizer = .english) -> String {
        guard let value else { return "—" }
        switch unit {
        case "fraction": return String(format: "%.2f%%", value * 100)
        case "MW": return "\(SummaryText.number(text.power(value))) \(text.powerUnit)"
        case let unit?: return "\(value == value.rounded() ? SummaryText.number(value) : String(value)) \(unit)"
        case nil: return String(value)
        }
    }
}
