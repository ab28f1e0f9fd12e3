import Analysis
import Charts
import Localization
import PageKit

/// The plan compliance section of `gridflex plan check --report`: every target in force, required against
/// achieved, how it entered the model, and the plan's own sentence.
public enum PlanSection {
    /// A section for a plan check.
    public static func section(_ check: PlanCheck, in text: Localizer = .english) -> ReportSection {
        let table = HTMLTable(
            headers: [.init(text(.target)), .init(text(.year)), .init(text(.kind)), .init(text(.qualifier)), .init(text(.planFigure), numeric: true),
                      .init(text(.caseValue), numeric: true), .init(text(.evaluation)), .init(text(.status)), .init(text(.firmness)),
                      .init(text(.shadowPrice), numeric: true), .init(text(.inTheModel)), .init(text(.quote))],
            rows: check.targets.map { target in
                [
                    .init(target.id), .init(target.carriedFrom.map { text(.carriedYear, ["year": String(check.year), "from": String($0)]) } ?? String(target.year)),
                    .init(target.kind.replacingOccurrences(of: "_", with: " ")), .init(target.qualifier.replacingOccurrences(of: "_", with: " ")),
                    .init(value(target.required, unit: target.unit, in: text), numeric: true),
                    .init(value(target.achieved, unit: target.unit, in: text), numeric: true),
                    .init(text.word(target.evaluation)), .init(markup: status(target.status, in: text)), .init(text.word(target.firmness)),
                    .init(target.shadowPriceIsPenalty ? text(.penaltyNote)
                          : target.shadowPrice.map { "\(NumberFormat.grouped($0, decimals: abs($0) < 10 ? 2 : 0)) \(target.shadowPriceUnit ?? "")" } ?? "–",
                          numeric: true),
                    .init(target.effect), .init(markup: "<span class=\"quote\">「\(HTML.escape(target.quote))」</span>"),
                ]
            },
            className: "targets")
        let counts = PlanCheckCounts(check)
        let intro = text(.planIntro, ["document": check.document, "status": check.documentStatus, "year": String(check.year),
                                      "counts": text(.planCountsShort, ["applied": String(counts.applied), "tested": String(counts.tested),
                                                                        "met": String(counts.met), "context": String(counts.context)])])
        return ReportSection(id: "plan", title: text(.planSectionTitle, ["region": check.region, "year": String(check.year)]),
                             blocks: [HTML.paragraph(intro, class: "muted"), table.html()])
    }

    static func status(_ status: String, in text: Localizer = .english) -> String {
        let label = HTML.escape(text.word(status))
        switch status {
        case "met": return "<span class=\"met\">\(label)</span>"
        case "missed": return "<span class=\"missed\">\(label)</span>"
        default: return "<span class=\"muted\">\(label)</span>"
        }
    }

    static func value(_ value: Double?, unit: String, in text: Localizer = .english) -> String {
        guard let value else { return "–" }
        return unit == "MW" ? "\(NumberFormat.grouped(text.power(value), decimals: text.units == .cn ? 1 : 0)) \(text.powerUnit)" : unit == "fraction" ? Format.percent(value) : "\(NumberFormat.grouped(value, decimals: 2)) \(unit)"
    }
}
