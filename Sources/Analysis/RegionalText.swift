import Localization

/// A regional summary as text for a terminal: the whole, each region as `solve` prints a case, the links, then the
/// targets over groups of regions.
public enum RegionalText {
    /// Renders a regional summary for people, in `text`'s language and units.
    public static func render(_ summary: RegionalSummary, in text: Localizer = .english) -> String {
        var lines = [
            text(.regCaseLine, ["case": summary.caseName, "regions": String(summary.regions.count), "links": String(summary.links.count),
                                "status": summary.status]),
            text(.regTotalCost) + SummaryText.money(summary.objective),
            text(.regImportsNote),
            "",
        ]
        for region in summary.regions {
            lines.append(text(.regRegionHeading, ["region": region.region]))
            lines.append(SummaryText.render(region, in: text))
        }
        lines.append(text(.regLinksHeading))
        let power = ["unit": text.powerUnit], energy = ["unit": text.energyUnit]
        var table = [[text(.regLink), text(.regCapacity, power), text(.regForward, energy), text(.regBackward, energy),
                      text(.regUtilisation), text(.regHoursAtLimit), text(.regRent)]]
        for link in summary.links {
            let capacity = link.forwardCapacityMW == link.backwardCapacityMW
                ? SummaryText.number(text.power(link.forwardCapacityMW))
                : "\(SummaryText.number(text.power(link.forwardCapacityMW)))/\(SummaryText.number(text.power(link.backwardCapacityMW)))"
            table.append([
                link.name, capacity, SummaryText.number(text.energy(link.forwardMWh)), SummaryText.number(text.energy(link.backwardMWh)),
                "\(SummaryText.percent(link.forwardUtilisation)) / \(SummaryText.percent(link.backwardUtilisation))", String(link.hoursAtLimit),
                SummaryText.money(link.congestionRentEUR),
            ])
        }
        let widths = PlanText.fitted(table)
        lines += table.map { PlanText.row($0, widths: widths) }
        if !summary.groupTargets.isEmpty { lines += groupTargetLines([(nil, summary.groupTargets)], text) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The section of targets over groups of regions: one table of every portfolio's targets, each labelled by its id,
    /// its regions and (when given) the portfolio's label.
    static func groupTargetLines(_ portfolios: [(label: String?, groups: [GroupTargetCompliance])], _ text: Localizer) -> [String] {
        let targets = portfolios.flatMap { label, groups in
            groups.map { group in
                var target = group.target
                target.id = "\(target.id) (\(group.regions.joined(separator: "+")))" + (label.map { ", \($0)" } ?? "")
                return target
            }
        }
        return ["", text(.regGroupTargetsHeading), text(.regGroupAccounting)] + SummaryText.targetLines(targets, text)
    }
}
