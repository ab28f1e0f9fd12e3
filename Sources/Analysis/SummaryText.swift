import Foundation
import Localization

/// The summary as a table for a terminal.
public enum SummaryText {
    /// Renders a summary for people, in `text`'s language and units (plan quotes and case text stay as written).
    public static func render(_ summary: CaseSummary, in text: Localizer = .english) -> String {
        var lines: [String] = []
        let kpis = summary.kpis
        let energy = { (mwh: Double) in "\(number(text.energy(mwh))) \(text.energyUnit)" }
        let power = { (mw: Double) in "\(number(text.power(mw))) \(text.powerUnit)" }
        lines.append(text(.summaryCaseLine, ["case": summary.caseName, "region": summary.region, "window": summary.window,
                                             "hours": String(summary.hours), "status": summary.status]))
        lines.append(text(.operatingCost) + money(kpis.operatingCostEUR))
        if kpis.targetPenaltyEUR >= 0.5 {  // under half a euro prints as 0: an interior-point leftover, not a missed target
            lines.append(text(.targetPenalties) + "\(money(kpis.targetPenaltyEUR)) (\(text(.targetPenaltiesNote, ["objective": money(summary.objective)])))")
        }
        lines.append("")
        let unit = ["unit": text.energyUnit]
        lines.append(row([text(.resource), text(.kind), text(.energyColumn, unit), text(.takenColumn, unit), text(.curtailedColumn),
                          text(.cyclesColumn), text(.hoursCalledColumn), text(.costColumn)]))
        for resource in summary.resources {
            lines.append(row([
                resource.name, resource.kind, number(text.energy(resource.energyMWh)), resource.consumedMWh > 0 ? number(text.energy(resource.consumedMWh)) : "",
                resource.curtailmentShare.map { percent($0) } ?? "", resource.equivalentFullCycles.map { String(format: "%.1f", $0) } ?? "",
                resource.hoursCalled.map(String.init) ?? "", money(resource.costEUR),
            ]))
        }
        for resource in summary.resources where (resource.simultaneousHours ?? 0) > 0 {
            lines.append(text(.simultaneousLine, ["name": resource.name, "hours": String(resource.simultaneousHours!), "tolerance": "\(ActivityTolerance.relative)"]))
        }
        lines.append("")
        for curtailment in summary.curtailment {
            lines.append(text(.curtailmentLine, ["kind": curtailment.kind.padding(toLength: 8, withPad: " ", startingAt: 0), "curtailed": energy(curtailment.curtailedMWh),
                                                 "share": percent(curtailment.share), "available": energy(curtailment.availableMWh)]))
        }
        let byKind = summary.curtailment.filter { $0.availableMWh > 0 }.map { "\($0.kind) \(percent(1 - $0.share))" }.joined(separator: ", ")
        lines.append(text(.utilisationLine, ["value": percent(kpis.renewableUtilisation)]) + (byKind.isEmpty ? "" : " [\(byKind)]"))
        lines.append(text(.nonHydroLine, ["value": percent(kpis.nonHydroRenewableShare), "load": energy(kpis.loadMWh)]))
        lines.append(text(.peakLoadLine, ["value": power(kpis.peakLoadMW)]))
        lines.append(text(.peakNetLoadLine, ["value": power(kpis.peakNetLoadMW)]))
        lines.append(text(.peakGeneratorsLine, ["value": power(kpis.peakNetLoadAfterFlexMW)]))
        lines.append(text(.unservedLine, ["value": energy(kpis.unservedMWh), "hours": String(kpis.unservedHours)])
                     + (kpis.surplusMWh > 1e-6 ? text(.surplusClause, ["value": energy(kpis.surplusMWh)]) : ""))
        lines.append(text(.co2Line, ["value": number(kpis.co2T)]))
        lines.append(text(.meanPriceLine, ["value": String(format: "%.2f", kpis.meanPriceEURPerMWh)]))
        if !summary.targets.isEmpty {
            lines.append("")
            lines += targetLines(summary.targets, text)
        }
        if let adequacy = summary.adequacy { lines += AdequacyText.lines(adequacy, text) }
        lines += ContributionText.lines(summary.contributions ?? [], text)
        if !summary.marginalValues.isEmpty {
            lines.append("")
            lines.append(text(.marginalHeading))
            for value in summary.marginalValues {
                let unit = value.quantity == "energy_mwh" ? text(.perEnergy) : value.quantity == "power_mw" ? text(.perPower) : text(.perCapacity)
                lines.append(text(.marginalLine, ["resource": value.resource.padding(toLength: 16, withPad: " ", startingAt: 0),
                                                  "value": number(value.eurPerUnit), "unit": unit]))
            }
        }
        let solver = summary.solver
        lines.append("")
        lines.append(text(.solverLine, ["method": solver.method, "iterations": String(solver.iterations), "read": seconds(solver.readSeconds),
                                        "build": seconds(solver.buildSeconds), "solve": seconds(solver.solveSeconds), "columns": String(solver.columns),
                                        "rows": String(solver.rows), "nonzeros": String(solver.nonzeros)]))
        for note in solver.notes { lines.append(text(.solverNote, ["note": note])) }
        for note in summary.dataNotes { lines.append(text(.dataNote, ["note": note])) }
        for assumption in summary.assumptions {
            lines.append(text(.assumptionLine, ["key": assumption.key, "value": assumption.value, "reason": assumption.reason]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table of targets: id, kind, required, achieved, met or not, shortfall and shadow price; `label` gives each
    /// target's first cell (its id unless told).
    static func targetLines(_ targets: [TargetCompliance], _ text: Localizer, label: (TargetCompliance) -> String = \.id) -> [String] {
        [row([text(.target), text(.kind), text(.required), text(.achieved), text(.status), text(.shortfall), text(.shadowPrice)])]
            + targets.map { target in
                row([
                    label(target), target.kind, value(target.required, kind: target.kind), value(target.achieved, kind: target.kind),
                    target.met ? text(.met) : text(.notMet), target.shortfall > 0 ? "\(number(target.shortfall)) \(target.shortfallUnit)" : "",
                    !target.met && target.shortfall > 0 && target.shadowPrice != nil ? text(.penaltyNote)
                        : target.shadowPrice.map { "\(number($0)) \(target.shadowPriceUnit ?? "")" } ?? text(.notLPRow),
                ])
            }
    }

    static func row(_ cells: [String]) -> String {
        let widths = [18, 16, 14, 12, 10, 8, 13, 16]
        return cells.enumerated().map { index, cell in
            let width = index < widths.count ? widths[index] : 14
            return cell.count >= width ? cell + " " : cell.padding(toLength: width, withPad: " ", startingAt: 0)
        }.joined().trimmingCharacters(in: .whitespaces)
    }

    static func number(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = abs(value) < 10 ? 2 : 0
        let value = abs(value) < 0.005 ? 0 : value
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    static func money(_ value: Double) -> String { "\(number(value)) EUR".replacingOccurrences(of: " EUR EUR", with: " EUR") }
    static func percent(_ value: Double) -> String { String(format: "%.2f%%", value * 100) }
    static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
    static func value(_ value: Double, kind: String) -> String {
        kind == "co2_cap" ? "\(number(value)) t" : percent(value)
    }
}
