import Analysis
import Charts
import Localization
import PageKit

extension CaseReport {
    /// Every target: required against achieved, met or not, shortfall, shadow price and its source text
    /// (a plan's own words, often Chinese, shown as written).
    var targetSection: ReportSection {
        let targets = run.summary.targets
        guard !targets.isEmpty else {
            return ReportSection(id: "targets", title: text(.targetsTitle), blocks: [HTML.paragraph(text(.targetsNone), class: "muted")])
        }
        let table = Self.targetTable(targets, text)
        let note = text(.targetsNote)
        var blocks = [table.html(), HTML.paragraph(note, class: "muted")]
        if let adequacy = run.summary.adequacy {
            blocks.append(HTML.paragraph(text(.adqReport, [
                "margin": Format.percent(adequacy.margin), "covered": String(adequacy.hoursCovered), "hours": String(adequacy.hours),
                "short": String(adequacy.hoursShort), "hour": String(adequacy.worstHour), "worst": NumberFormat.grouped(adequacy.worstMarginMW),
                "share": Format.percent(adequacy.worstMarginShare),
            ])))
        }
        return ReportSection(id: "targets", title: text(.targetsTitle), blocks: blocks)
    }

    /// Targets as a table: required against achieved, met or not, shortfall, shadow price and source text; `label`
    /// gives each target's first cell (its id unless told).
    static func targetTable(_ targets: [TargetCompliance], _ text: Localizer, label: (TargetCompliance) -> String = \.id) -> HTMLTable {
        HTMLTable(
            headers: [.init(text(.target)), .init(text(.kind)), .init(text(.required), numeric: true), .init(text(.achieved), numeric: true),
                      .init(text(.status)), .init(text(.shortfall), numeric: true), .init(text(.shadowPrice), numeric: true), .init(text(.source))],
            rows: targets.map { target in
                [
                    .init(label(target)), .init(target.kind.replacingOccurrences(of: "_", with: " ")),
                    .init(targetValue(target.required, kind: target.kind), numeric: true),
                    .init(targetValue(target.achieved, kind: target.kind), numeric: true),
                    .init(markup: target.met ? "<span class=\"met\">\(text(.met))</span>" : "<span class=\"missed\">\(text(.notMet).lowercased())</span>"),
                    .init(target.shortfall > 0 ? "\(NumberFormat.grouped(target.shortfall, decimals: target.shortfall < 10 ? 2 : 0)) \(target.shortfallUnit)" : "–",
                          numeric: true),
                    .init(target.shadowPrice.map { "\(NumberFormat.grouped($0, decimals: abs($0) < 10 ? 2 : 0)) \(target.shadowPriceUnit ?? "")" }
                          ?? text(.notLPRow), numeric: true),
                    .init(markup: "<span class=\"quote\">\(HTML.escape(target.source ?? "—"))</span>"),
                ]
            },
            className: "targets")
    }

    /// A target's required or achieved value in the unit it is stated in.
    static func targetValue(_ value: Double, kind: String) -> String {
        kind == "co2_cap" ? "\(NumberFormat.grouped(value)) t" : Format.percent(value)
    }
}
