import Analysis
import Foundation
import Workbook

/// The tables of `gridflex invest`: written as CSV files by `--out DIR` and as the sheets of `--xlsx`. Columns
/// are the JSON's keys; money in EUR over the window.
enum InvestmentFiles {
    /// Each candidate in the plan's portfolio and the least-cost one (`portfolio.csv`).
    static func portfolio(_ result: InvestmentResult) -> Sheet {
        let rows = zip(result.planPortfolio.capacities, result.portfolio).map { planned, optimal -> [Cell] in
            [.text(optimal.resource), .text(optimal.decision), .number(planned.powerMW), .number(optimal.powerMW), .number(planned.energyMWh),
             .number(optimal.energyMWh), .number(optimal.durationHours), .number(optimal.minMW), .number(optimal.maxMW), .text(optimal.atLimit ?? ""),
             .number(planned.capitalCostEUR), .number(optimal.capitalCostEUR), .text(optimal.costSource)]
        }
        return Sheet(name: "portfolio", header: ["resource", "decision", "plan_power_mw", "power_mw", "plan_energy_mwh", "energy_mwh", "duration_hours",
                                                 "min_mw", "max_mw", "at_limit", "plan_capital_cost_eur", "capital_cost_eur", "cost_source"], rows: rows)
    }

    /// Costs side by side and the gap by item (`plan_comparison.csv`): the item rows add up to the total row.
    static func comparison(_ result: InvestmentResult) -> Sheet {
        let plan = result.planPortfolio.costs, optimal = result.costs
        let capital = zip(result.planPortfolio.capacities, result.portfolio).map { planned, optimal -> [Cell] in
            [.text("capital \(optimal.resource)"), .number(planned.capitalCostEUR), .number(optimal.capitalCostEUR),
             .number(planned.capitalCostEUR - optimal.capitalCostEUR)]
        }
        let totals: [(String, Double, Double)] = [("operating", plan.operatingEUR, optimal.operatingEUR), ("penalties", plan.penaltyEUR, optimal.penaltyEUR),
                                                  ("total", plan.totalEUR, optimal.totalEUR), ("annual total", plan.annualTotalEUR, optimal.annualTotalEUR)]
        let rows = capital + totals.map { [Cell.text($0.0), .number($0.1), .number($0.2), .number($0.1 - $0.2)] }
        return Sheet(name: "plan_comparison", header: ["what", "plan_eur", "least_cost_eur", "plan_minus_least_cost_eur"], rows: rows)
    }

    /// Each target in both portfolios, with the least-cost portfolio's shadow prices (`targets.csv`).
    static func targets(_ result: InvestmentResult) -> Sheet {
        let rows = zip(result.planPortfolio.targets, result.targets).map { planned, optimal -> [Cell] in
            [.text(optimal.id), .text(optimal.unit), .number(optimal.required), .number(planned.achieved), .text(planned.met ? "true" : "false"),
             .number(optimal.achieved), .text(optimal.met ? "true" : "false"), .number(optimal.shadowPriceEURPerUnit),
             .number(optimal.shadowPriceEURPerPercentagePoint)]
        }
        return Sheet(name: "targets", header: ["id", "unit", "required", "plan_achieved", "plan_met", "achieved", "met", "shadow_price_eur_per_unit",
                                               "shadow_price_eur_per_percentage_point"], rows: rows)
    }

    /// The three tables.
    static func sheets(_ result: InvestmentResult) -> [Sheet] { [portfolio(result), comparison(result), targets(result)] }

    /// Writes `investment.json` and the tables as `portfolio.csv`, `plan_comparison.csv` and `targets.csv` into
    /// `directory`; a failure is exit 3.
    static func write(_ result: InvestmentResult, to directory: String) throws {
        let url = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(OutputFiles.json(result).utf8).write(to: url.appendingPathComponent("investment.json"))
            for sheet in sheets(result) { try Data(sheet.csv().utf8).write(to: url.appendingPathComponent("\(sheet.name).csv")) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.output("cannot write to \(directory): \(error.localizedDescription)")
        }
    }
}
