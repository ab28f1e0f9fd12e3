import Analysis
import GridModel
import Localization
import Workbook

/// The sheets of a solved case's workbook (`--xlsx` on `solve` and `plan check`): summary, resources,
/// curtailment, targets (and the plan's targets with their quotes), marginal values, assumptions, data notes
/// and the hourly table. Every number is the one `summary.json` and `hourly.csv` hold, in the same unit, except
/// that `--units cn` gives capacities in 万千瓦 and energy in 亿千瓦时 (the hourly table stays in MW and MWh).
/// Sheet names and headings are in `text`'s language; plan quotes, case text and ids stay as written.
enum CaseWorkbook {
    static func workbook(summary: CaseSummary, hourly: HourlyTable, plan: PlanCheck? = nil, in text: Localizer = .english) -> Workbook {
        var sheets = [summarySheet(summary, text), resources(summary, text), curtailment(summary, text), targets(summary, text)]
        if let plan { sheets.append(planTargets(plan, text)) }
        sheets += [marginalValues(summary, text), assumptions(summary, text), dataNotes(summary, text), hourlySheet(hourly, text)]
        return Workbook(sheets: sheets)
    }

    /// Writes the workbook, turning a failure into exit 3.
    static func write(_ workbook: Workbook, to path: String) throws {
        do {
            try workbook.write(to: path)
        } catch {
            throw Failure.output("\(error)")
        }
    }

    static func summarySheet(_ summary: CaseSummary, _ text: Localizer) -> Sheet {
        let k = summary.kpis
        let energy = { (key: TextKey, mwh: Double) in [Cell.text(text(key)), .number(text.energy(mwh)), .text(text.energyUnit)] }
        let power = { (key: TextKey, mw: Double) in [Cell.text(text(key)), .number(text.power(mw)), .text(text.powerUnit)] }
        let other = { (key: TextKey, value: Double, unit: String) in [Cell.text(text(key)), .number(value), .text(unit)] }
        let texts: [(TextKey, String)] = [(.wbCase, summary.caseName), (.wbRegion, summary.region), (.wbWindow, summary.window), (.wbStatus, summary.status)]
        let rows = texts.map { [Cell.text(text($0.0)), .text($0.1), .empty] } + [other(.wbHours, Double(summary.hours), "h")] + [
            other(.wbObjective, summary.objective, "EUR"), other(.wbOperatingCost, k.operatingCostEUR, "EUR"), other(.wbTargetPenalty, k.targetPenaltyEUR, "EUR"),
            energy(.wbLoad, k.loadMWh), energy(.wbRenewableAvailable, k.renewableAvailableMWh), energy(.wbCurtailmentItem, k.curtailmentMWh),
            other(.wbUtilisation, k.renewableUtilisation, "per unit"), other(.wbNonHydro, k.nonHydroRenewableShare, "per unit"),
            energy(.wbUnserved, k.unservedMWh), other(.wbUnservedHours, Double(k.unservedHours), "h"), energy(.wbSurplus, k.surplusMWh),
            power(.wbPeakLoad, k.peakLoadMW), power(.wbPeakLoadAfterFlex, k.peakLoadAfterFlexMW), power(.wbPeakNetLoad, k.peakNetLoadMW),
            power(.wbPeakNetLoadAfterFlex, k.peakNetLoadAfterFlexMW), other(.wbCO2, k.co2T, "t"), other(.wbMeanPrice, k.meanPriceEURPerMWh, "EUR/MWh"),
        ]
        return Sheet(name: text(.wbSummary), header: [text(.wbItem), text(.wbValue), text(.wbUnit)], rows: rows)
    }

    static func resources(_ summary: CaseSummary, _ text: Localizer) -> Sheet {
        let capacities = Dictionary(summary.capacities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = summary.resources.map { resource -> [Cell] in
            let capacity = capacities[resource.name]
            return [.text(resource.name), .text(resource.kind), .number(capacity.map { text.power($0.capacityMW) }), .number(capacity?.energyMWh),
                    .number(text.energy(resource.energyMWh)), .number(text.energy(resource.consumedMWh)), .number(resource.curtailmentMWh.map(text.energy)),
                    .number(resource.curtailmentShare), .number(resource.equivalentFullCycles), .count(resource.hoursCalled), .number(resource.costEUR)]
        }
        let power = ["unit": text.powerUnit], energy = ["unit": text.energyUnit]
        return Sheet(name: text(.wbResources), header: [text(.wbName), text(.wbKind), text(.wbCapacity, power), text(.wbEnergyCapacity),
                                                        text(.wbDelivered, energy), text(.wbConsumed, energy), text(.wbCurtailed, energy),
                                                        text(.wbCurtailmentShare), text(.wbCycles), text(.wbHoursCalled), text(.wbCost)], rows: rows)
    }

    static func curtailment(_ summary: CaseSummary, _ text: Localizer) -> Sheet {
        let energy = ["unit": text.energyUnit]
        return Sheet(name: text(.wbCurtailment), header: [text(.wbKind), text(.wbAvailable, energy), text(.wbCurtailedKind, energy), text(.wbShare)],
                     rows: summary.curtailment.map { [.text($0.kind), .number(text.energy($0.availableMWh)), .number(text.energy($0.curtailedMWh)), .number($0.share)] })
    }

    static func targets(_ summary: CaseSummary, _ text: Localizer) -> Sheet {
        let rows = summary.targets.map { target -> [Cell] in
            [.text(target.id), .text(target.kind), .number(target.required), .number(target.achieved), .text(target.met ? text(.met) : text(.missed)),
             .number(target.shortfall), .text(target.shortfallUnit), .text(target.binding ? text(.wbYes) : text(.wbNo)), .number(target.shadowPrice),
             .text(target.shadowPriceUnit ?? ""), .text(target.source ?? "")]
        }
        return Sheet(name: text(.wbTargets), header: [text(.wbId), text(.wbKind), text(.wbRequired), text(.wbAchieved), text(.wbStatus), text(.wbShortfall),
                                                      text(.wbShortfallUnit), text(.wbBinding), text(.wbShadowPrice), text(.wbShadowPriceUnit), text(.wbSource)],
                     rows: rows)
    }

    /// The plan's targets; MW figures in `text`'s power unit, statuses and evaluations in its words, quotes as written.
    static func planTargets(_ check: PlanCheck, _ text: Localizer) -> Sheet {
        let rows = check.targets.map { target -> [Cell] in
            let scale = { (value: Double?) in target.unit == "MW" ? value.map(text.power) : value }
            return [.text(target.id), .count(target.year), .text(target.kind), .number(scale(target.required)), .number(scale(target.achieved)),
                    .text(target.unit == "MW" ? text.powerUnit : target.unit), .text(target.qualifier), .text(text.word(target.firmness)),
                    .text(text.word(target.evaluation)), .text(text.word(target.status)), .number(target.shortfall), .text(target.shortfallUnit ?? ""),
                    .number(target.shadowPriceIsPenalty ? nil : target.shadowPrice), .text(target.shadowPriceUnit ?? ""), .text(target.quote)]
        }
        return Sheet(name: text(.wbPlanTargets), header: [text(.wbId), text(.wbYear), text(.wbKind), text(.wbRequired), text(.wbAchieved), text(.wbUnit),
                                                          text(.wbQualifier), text(.wbFirmness), text(.wbEvaluation), text(.wbStatus), text(.wbShortfall),
                                                          text(.wbShortfallUnit), text(.wbShadowPrice), text(.wbShadowPriceUnit), text(.wbQuote)], rows: rows)
    }

    static func marginalValues(_ summary: CaseSummary, _ text: Localizer) -> Sheet {
        Sheet(name: text(.wbMarginal), header: [text(.wbResource), text(.wbQuantity), text(.wbMarginalValue)],
              rows: summary.marginalValues.map { [.text($0.resource), .text($0.quantity), .number($0.eurPerUnit)] })
    }

    static func assumptions(_ summary: CaseSummary, _ text: Localizer) -> Sheet {
        Sheet(name: text(.wbAssumptions), header: [text(.wbKey), text(.wbValue), text(.wbReason)],
              rows: summary.assumptions.map { [.text($0.key), .text($0.value), .text($0.reason)] })
    }

    static func dataNotes(_ summary: CaseSummary, _ text: Localizer) -> Sheet {
        Sheet(name: text(.wbDataNotes), header: [text(.wbNote)], rows: summary.dataNotes.map { [.text($0)] })
    }

    /// One row per hour, the columns and headings of `hourly.csv` (each heading ends in its unit, MW or MWh).
    static func hourlySheet(_ table: HourlyTable, _ text: Localizer) -> Sheet {
        let hours = table.columns.first?.count ?? 0
        let rows = (0..<hours).map { hour in table.columns.map { Cell.number($0[hour]) } }
        return Sheet(name: text(.wbHourly), header: table.header, rows: rows)
    }
}
