import Analysis
import GridModel
import Workbook

/// The sheets of a solved case's workbook (`--xlsx` on `solve` and `plan check`): summary, resources,
/// curtailment, targets (and the plan's targets with their quotes), marginal values, assumptions, data notes
/// and the hourly table. Every number is the one `summary.json` and `hourly.csv` hold, in the same unit.
enum CaseWorkbook {
    static func workbook(summary: CaseSummary, hourly: HourlyTable, plan: PlanCheck? = nil) -> Workbook {
        var sheets = [summarySheet(summary), resources(summary), curtailment(summary), targets(summary)]
        if let plan { sheets.append(planTargets(plan)) }
        sheets += [marginalValues(summary), assumptions(summary), dataNotes(summary), hourlySheet(hourly)]
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

    static func summarySheet(_ summary: CaseSummary) -> Sheet {
        let k = summary.kpis
        let numbers: [(String, Double, String)] = [
            ("objective", summary.objective, "EUR"), ("operating_cost", k.operatingCostEUR, "EUR"),
            ("target_penalty", k.targetPenaltyEUR, "EUR"), ("load", k.loadMWh, "MWh"),
            ("renewable_available", k.renewableAvailableMWh, "MWh"), ("curtailment", k.curtailmentMWh, "MWh"),
            ("renewable_utilisation", k.renewableUtilisation, "per unit"), ("non_hydro_renewable_share", k.nonHydroRenewableShare, "per unit"),
            ("unserved", k.unservedMWh, "MWh"), ("unserved_hours", Double(k.unservedHours), "h"), ("surplus", k.surplusMWh, "MWh"),
            ("peak_load", k.peakLoadMW, "MW"), ("peak_load_after_flex", k.peakLoadAfterFlexMW, "MW"),
            ("peak_net_load", k.peakNetLoadMW, "MW"), ("peak_net_load_after_flex", k.peakNetLoadAfterFlexMW, "MW"),
            ("co2", k.co2T, "t"), ("mean_price", k.meanPriceEURPerMWh, "EUR/MWh"),
        ]
        let texts: [(String, String)] = [("case", summary.caseName), ("region", summary.region), ("window", summary.window), ("status", summary.status)]
        let rows = texts.map { [Cell.text($0.0), .text($0.1), .empty] } + [[.text("hours"), .count(summary.hours), .text("h")]]
            + numbers.map { [Cell.text($0.0), .number($0.1), .text($0.2)] }
        return Sheet(name: "Summary", header: ["item", "value", "unit"], rows: rows)
    }

    static func resources(_ summary: CaseSummary) -> Sheet {
        let capacities = Dictionary(summary.capacities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = summary.resources.map { resource -> [Cell] in
            let capacity = capacities[resource.name]
            return [.text(resource.name), .text(resource.kind), .number(capacity?.capacityMW), .number(capacity?.energyMWh),
                    .number(resource.energyMWh), .number(resource.consumedMWh), .number(resource.curtailmentMWh), .number(resource.curtailmentShare),
                    .number(resource.equivalentFullCycles), .count(resource.hoursCalled), .number(resource.costEUR)]
        }
        return Sheet(name: "Resources", header: ["name", "kind", "capacity (MW)", "energy capacity (MWh)", "energy delivered (MWh)",
                                                 "energy consumed (MWh)", "curtailment (MWh)", "curtailment share (per unit)",
                                                 "equivalent full cycles", "hours called", "cost (EUR)"], rows: rows)
    }

    static func curtailment(_ summary: CaseSummary) -> Sheet {
        Sheet(name: "Curtailment", header: ["kind", "available (MWh)", "curtailed (MWh)", "share (per unit)"],
              rows: summary.curtailment.map { [.text($0.kind), .number($0.availableMWh), .number($0.curtailedMWh), .number($0.share)] })
    }

    static func targets(_ summary: CaseSummary) -> Sheet {
        let rows = summary.targets.map { target -> [Cell] in
            [.text(target.id), .text(target.kind), .number(target.required), .number(target.achieved), .text(target.met ? "met" : "missed"),
             .number(target.shortfall), .text(target.shortfallUnit), .text(target.binding ? "yes" : "no"), .number(target.shadowPrice),
             .text(target.shadowPriceUnit ?? ""), .text(target.source ?? "")]
        }
        return Sheet(name: "Targets", header: ["id", "kind", "required", "achieved", "status", "shortfall", "shortfall unit", "binding",
                                               "shadow price", "shadow price unit", "source"], rows: rows)
    }

    static func planTargets(_ check: PlanCheck) -> Sheet {
        let rows = check.targets.map { target -> [Cell] in
            [.text(target.id), .count(target.year), .text(target.kind), .number(target.required), .number(target.achieved), .text(target.unit),
             .text(target.qualifier), .text(target.firmness), .text(target.evaluation), .text(target.status), .number(target.shortfall),
             .text(target.shortfallUnit ?? ""), .number(target.shadowPriceIsPenalty ? nil : target.shadowPrice), .text(target.shadowPriceUnit ?? ""),
             .text(target.quote)]
        }
        return Sheet(name: "Plan targets", header: ["id", "year", "kind", "required", "achieved", "unit", "qualifier", "firmness", "evaluation",
                                                    "status", "shortfall", "shortfall unit", "shadow price", "shadow price unit", "quote"], rows: rows)
    }

    static func marginalValues(_ summary: CaseSummary) -> Sheet {
        Sheet(name: "Marginal values", header: ["resource", "quantity", "value (EUR per unit)"],
              rows: summary.marginalValues.map { [.text($0.resource), .text($0.quantity), .number($0.eurPerUnit)] })
    }

    static func assumptions(_ summary: CaseSummary) -> Sheet {
        Sheet(name: "Assumptions", header: ["key", "value", "reason"],
              rows: summary.assumptions.map { [.text($0.key), .text($0.value), .text($0.reason)] })
    }

    static func dataNotes(_ summary: CaseSummary) -> Sheet {
        Sheet(name: "Data notes", header: ["note"], rows: summary.dataNotes.map { [.text($0)] })
    }

    /// One row per hour, the columns and headings of `hourly.csv` (each heading ends in its unit).
    static func hourlySheet(_ table: HourlyTable) -> Sheet {
        let hours = table.columns.first?.count ?? 0
        let rows = (0..<hours).map { hour in table.columns.map { Cell.number($0[hour]) } }
        return Sheet(name: "Hourly", header: table.header, rows: rows)
    }
}
