/// The adequacy row's lines in the terminal summary.
enum AdequacyText {
    /// Hours covered, the worst hour and each resource's capacity value.
    static func lines(_ adequacy: AdequacySummary) -> [String] {
        typealias Text = SummaryText
        var lines = [
            "",
            "Adequacy (load + \(Text.percent(adequacy.margin)) covered by firm contributions): \(adequacy.hoursCovered) of \(adequacy.hours) h covered, "
                + "\(adequacy.hoursShort) h short (\(Text.number(adequacy.shortfallMWh)) MWh short, penalty \(Text.money(adequacy.penaltyEUR)))",
            "Worst hour \(adequacy.worstHour): firm − load = \(Text.number(adequacy.worstMarginMW)) MW (\(Text.percent(adequacy.worstMarginShare)) of load)",
        ]
        if !adequacy.capacityValues.isEmpty {
            lines.append("Capacity value over the window (Σ hourly dual of adequacy[t] × firm MW per MW):")
            for value in adequacy.capacityValues {
                lines.append("  \(value.resource.padding(toLength: 16, withPad: " ", startingAt: 0)) \(Text.number(value.eurPerMW)) EUR/MW "
                             + "(counts \(Text.percent(value.meanFirmShare)) of its rating on average)")
            }
        }
        return lines
    }
}
