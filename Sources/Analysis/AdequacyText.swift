import Localization

/// The adequacy row's lines in the terminal summary.
enum AdequacyText {
    /// Hours covered, the worst hour and each resource's capacity value, in `text`'s language.
    static func lines(_ adequacy: AdequacySummary, _ text: Localizer) -> [String] {
        typealias Format = SummaryText
        var lines = [
            "",
            text(.adqLine, ["margin": Format.percent(adequacy.margin), "covered": String(adequacy.hoursCovered), "hours": String(adequacy.hours),
                            "short": String(adequacy.hoursShort), "shortMWh": Format.number(adequacy.shortfallMWh),
                            "penalty": Format.money(adequacy.penaltyEUR)]),
            text(.adqWorst, ["hour": String(adequacy.worstHour), "margin": Format.number(adequacy.worstMarginMW),
                             "share": Format.percent(adequacy.worstMarginShare)]),
        ]
        if !adequacy.capacityValues.isEmpty {
            lines.append(text(.adqValuesHeading))
            for value in adequacy.capacityValues {
                lines.append("  \(value.resource.padding(toLength: 16, withPad: " ", startingAt: 0)) "
                             + text(.adqValueLine, ["value": Format.number(value.eurPerMW), "share": Format.percent(value.meanFirmShare)]))
            }
        }
        return lines
    }
}
