import Foundation

/// The summary as a table for a terminal.
public enum SummaryText {
    /// Renders a summary for people.
    public static func render(_ summary: CaseSummary) -> String {
        var lines: [String] = []
        let kpis = summary.kpis
        lines.append("Case \(summary.caseName) (\(summary.region)), hours \(summary.window) (\(summary.hours) h): \(summary.status)")
        lines.append("Operating cost            \(money(kpis.operatingCostEUR))")
        if kpis.targetPenaltyEUR >= 0.5 {  // under half a euro prints as 0: an interior-point leftover, not a missed target
            lines.append("Target penalties          \(money(kpis.targetPenaltyEUR)) (missed targets and adequacy; objective \(money(summary.objective)))")
        }
        lines.append("")
        lines.append(row(["Resource", "Kind", "Energy MWh", "Taken MWh", "Curtailed", "Cycles", "Hours called", "Cost EUR"]))
        for resource in summary.resources {
            lines.append(row([
                resource.name, resource.kind, number(resource.energyMWh), resource.consumedMWh > 0 ? number(resource.consumedMWh) : "",
                resource.curtailmentShare.map { percent($0) } ?? "", resource.equivalentFullCycles.map { String(format: "%.1f", $0) } ?? "",
                resource.hoursCalled.map(String.init) ?? "", money(resource.costEUR),
            ]))
        }
        for resource in summary.resources where (resource.simultaneousHours ?? 0) > 0 {
            lines.append("\(resource.name): hours with simultaneous charge and discharge \(resource.simultaneousHours!) (flows above \(ActivityTolerance.relative) of power)")
        }
        lines.append("")
        for curtailment in summary.curtailment {
            lines.append("Curtailment \(curtailment.kind.padding(toLength: 8, withPad: " ", startingAt: 0))    \(number(curtailment.curtailedMWh)) MWh (\(percent(curtailment.share)) of \(number(curtailment.availableMWh)) MWh)")
        }
        let byKind = summary.curtailment.filter { $0.availableMWh > 0 }.map { "\($0.kind) \(percent(1 - $0.share))" }.joined(separator: ", ")
        lines.append("Renewable utilisation     \(percent(kpis.renewableUtilisation)) (wind and solar absorbed ÷ available\(byKind.isEmpty ? "" : "; " + byKind))")
        lines.append("Non-hydro RE share        \(percent(kpis.nonHydroRenewableShare)) of \(number(kpis.loadMWh)) MWh load")
        lines.append("Peak load                 \(number(kpis.peakLoadMW)) MW")
        lines.append("Peak load net of wind and solar  \(number(kpis.peakNetLoadMW)) MW (load less wind and solar available)")
        lines.append("Peak demand seen by generators   \(number(kpis.peakNetLoadAfterFlexMW)) MW (thermal, hydro and imports: load less wind and solar absorbed, storage net discharge and DR)")
        lines.append("Unserved energy           \(number(kpis.unservedMWh)) MWh in \(kpis.unservedHours) h" + (kpis.surplusMWh > 1e-6 ? "; undispatchable surplus \(number(kpis.surplusMWh)) MWh" : ""))
        lines.append("CO2                       \(number(kpis.co2T)) t")
        lines.append("Mean marginal price       \(String(format: "%.2f", kpis.meanPriceEURPerMWh)) EUR/MWh")
        if !summary.targets.isEmpty {
            lines.append("")
            lines.append(row(["Target", "Kind", "Required", "Achieved", "Status", "Shortfall", "Shadow price"]))
            for target in summary.targets {
                lines.append(row([
                    target.id, target.kind, value(target.required, kind: target.kind), value(target.achieved, kind: target.kind),
                    target.met ? "met" : "NOT MET", target.shortfall > 0 ? "\(number(target.shortfall)) \(target.shortfallUnit)" : "",
                    !target.met && target.shortfall > 0 && target.shadowPrice != nil ? "missed: this is the penalty, not a cost"
                        : target.shadowPrice.map { "\(number($0)) \(target.shadowPriceUnit ?? "")" } ?? "not an LP row",
                ]))
            }
        }
        if let adequacy = summary.adequacy { lines += AdequacyText.lines(adequacy) }
        lines += ContributionText.lines(summary.contributions ?? [])
        if !summary.marginalValues.isEmpty {
            lines.append("")
            lines.append("Marginal value of one more unit over the window (operating cost saved):")
            for value in summary.marginalValues {
                let unit = value.quantity == "energy_mwh" ? "MWh of energy" : value.quantity == "power_mw" ? "MW of power" : "MW"
                lines.append("  \(value.resource.padding(toLength: 16, withPad: " ", startingAt: 0)) \(number(value.eurPerUnit)) EUR per \(unit)")
            }
        }
        let solver = summary.solver
        lines.append("")
        lines.append("Solver: \(solver.method), \(solver.iterations) iterations; read \(seconds(solver.readSeconds)), build \(seconds(solver.buildSeconds)), solve \(seconds(solver.solveSeconds)); LP \(solver.columns) columns × \(solver.rows) rows, \(solver.nonzeros) nonzeros")
        for note in solver.notes { lines.append("  note: \(note)") }
        for note in summary.dataNotes { lines.append("Data: \(note)") }
        for assumption in summary.assumptions { lines.append("Assumption \(assumption.key) = \(assumption.value): \(assumption.reason)") }
        return lines.joined(separator: "\n") + "\n"
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
