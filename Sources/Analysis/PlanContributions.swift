import GridModel
import Localization

extension PlanCheck {
    /// Adds the contributions table and tests the plan's storage and DR targets through it: each such target is
    /// `tested`, met when load + margin is covered in every hour with the plan's fleet, missed by the hours short
    /// otherwise; its effect line says how many hours are covered with and without the plan's piece, and what
    /// removing the piece changes. Without an adequacy row the targets stay as they were.
    public mutating func add(contributions rows: [ContributionRow], applications: [PlanApplication]) {
        contributions = rows
        guard let adequacy = summary.adequacy else { return }
        for (index, application) in zip(targets.indices, applications) {
            guard let group = Self.group(of: application), let row = rows.first(where: { $0.group == group }),
                  let without = row.hoursCoveredWithout else { continue }
            let met = adequacy.hoursShort == 0
            targets[index].markTested(achieved: targets[index].achieved ?? 0, met: met, shortfall: Double(adequacy.hoursShort), unit: "h")
            targets[index].effect = "load + \(SummaryText.percent(adequacy.margin)) covered in \(adequacy.hoursCovered) of \(adequacy.hours) h; "
                + "without the plan's \(group.replacingOccurrences(of: "_", with: " ")): \(without) h, operating cost "
                + "\(Self.signed(row.deltaOperatingCostEUR)) EUR, curtailment \(Self.signed(row.deltaCurtailmentMWh)) MWh, "
                + "peak seen by generators \(Self.signed(row.deltaPeakSeenByGeneratorsMW)) MW"
        }
    }

    /// The flexibility group a plan target sets, if it sets one.
    static func group(of application: PlanApplication) -> String? {
        switch application.effect {
        case .capacity:
            return Contributions.groupNames.first { application.target.resources.contains($0) }
        case .demandResponseShare: return "demand_response"
        default: return nil
        }
    }

    /// A Δ (EUR, MWh or MW) with its sign, to the unit: under half a unit it is an interior-point leftover and prints as 0.
    static func signed(_ value: Double) -> String {
        abs(value) < 0.5 ? "0" : (value > 0 ? "+" : "") + SummaryText.number(value.rounded())
    }
}

/// The contributions table for a terminal.
enum ContributionText {
    /// One line per group: Δ operating cost, Δ curtailment, Δ hours short, Δ peak seen by generators.
    static func lines(_ rows: [ContributionRow], _ text: Localizer) -> [String] {
        guard !rows.isEmpty else { return [] }
        let header = [text(.ctbWithout), text(.ctbCost), text(.ctbCurtailment), text(.ctbHoursShort), text(.ctbPeak), text(.ctbPower)]
        let cells = rows.map { row in
            [
                row.group, PlanCheck.signed(row.deltaOperatingCostEUR), PlanCheck.signed(row.deltaCurtailmentMWh),
                row.deltaHoursShort.map { ($0 > 0 ? "+" : "") + String($0) } ?? "—", PlanCheck.signed(row.deltaPeakSeenByGeneratorsMW),
                row.withoutMW.keys.sorted().map { "\($0) \(SummaryText.number(row.withMW[$0] ?? 0)) → \(SummaryText.number(row.withoutMW[$0] ?? 0))" }
                    .joined(separator: ", "),
            ]
        }
        let widths = PlanText.fitted([header] + cells)
        return ["", text(.ctbTitle), PlanText.row(header, widths: widths)]
            + cells.map { PlanText.row($0, widths: widths) }
    }
}
