import Analysis
import Charts
import PageKit

/// The plan compliance section of `gridflex plan check --report`: every target in force, required against
/// achieved, how it entered the model, and the plan's own sentence.
public enum PlanSection {
    /// A section for a plan check.
    public static func section(_ check: PlanCheck) -> ReportSection {
        let table = HTMLTable(
            headers: [.init("Target"), .init("Year"), .init("Kind"), .init("Qualifier"), .init("Plan figure", numeric: true),
                      .init("Case value", numeric: true), .init("Evaluation"), .init("Status"), .init("Firmness"), .init("Shadow price", numeric: true), .init("In the model"), .init("Quote")],
            rows: check.targets.map { target in
                [
                    .init(target.id), .init(target.carriedFrom.map { "\(check.year) (from \($0))" } ?? String(target.year)),
                    .init(target.kind.replacingOccurrences(of: "_", with: " ")), .init(target.qualifier.replacingOccurrences(of: "_", with: " ")),
                    .init(value(target.required, unit: target.unit), numeric: true), .init(value(target.achieved, unit: target.unit), numeric: true),
                    .init(target.evaluation), .init(markup: status(target.status)), .init(target.firmness),
                    .init(target.shadowPriceIsPenalty ? target.shadowPriceLabel
                          : target.shadowPrice.map { "\(NumberFormat.grouped($0, decimals: abs($0) < 10 ? 2 : 0)) \(target.shadowPriceUnit ?? "")" } ?? "–",
                          numeric: true),
                    .init(target.effect), .init(markup: "<span class=\"quote\">「\(HTML.escape(target.quote))」</span>"),
                ]
            },
            className: "targets")
        let intro = "\(check.document) (\(check.documentStatus)), targets in force in \(check.year): for each kind and resource group, "
            + "the figure of the latest year up to \(check.year). Applied: the case took the figure, so there is nothing to test; "
            + "tested: an LP row, or a figure the case's own capacity is compared with. \(PlanCheckCounts(check).line)."
        return ReportSection(id: "plan", title: "Plan \(check.region) \(check.year)",
                             blocks: [HTML.paragraph(intro, class: "muted"), table.html()])
    }

    static func status(_ status: String) -> String {
        switch status {
        case "met": return "<span class=\"met\">met</span>"
        case "missed": return "<span class=\"missed\">missed</span>"
        default: return "<span class=\"muted\">\(status)</span>"
        }
    }

    static func value(_ value: Double?, unit: String) -> String {
        guard let value else { return "–" }
        return unit == "MW" ? "\(NumberFormat.grouped(value)) MW" : unit == "fraction" ? Format.percent(value) : "\(NumberFormat.grouped(value, decimals: 2)) \(unit)"
    }
}
