import Analysis
import GridModel
import Solving
import Testing

/// Two regions of two hours, 100 MW of load each: AA's plant at 10 EUR/MWh, BB's at 50; a lossless 60 MW link that
/// may gain up to 100 MW each way at `costEURPerMWYear`.
private func expandable(costEURPerMWYear: Double) -> RegionalCase {
    let window = HourWindow(first: 1, last: 2)!
    return RegionalCase(name: "pair", regions: [
        Case(name: "a", region: "AA", window: window, loadMW: [100, 100], resources: [thermal("cheap", 1000, cost: 10)]),
        Case(name: "b", region: "BB", window: window, loadMW: [100, 100], resources: [thermal("dear", 1000, cost: 50)]),
    ], links: [Link(from: "AA", to: "BB", forwardCapacityMW: 60,
                    expansion: LinkExpansion(maxMW: 100, lengthKM: 500, technology: .hvac, costEURPerMWYear: costEURPerMWYear, costSource: "test"))])
}

@Suite("Regional investment")
struct RegionalInvestmentTests {
    @Test("A link worth extending: just enough MW added to carry BB's load, at its capital cost")
    func worthExtending() throws {
        // Two hours are 2 / 8,760 of a year: 87,600 EUR/MW-year costs 20 EUR per MW added; each MW carries 2 MWh that
        // save 50 − 10 = 40 EUR each, 80 EUR. So the link gains the 40 MW that carry all of BB's 100 MW, no more.
        // LP: AA makes 200 MW for 2 h at 10 = 4,000 EUR, + 40 MW × 20 = 800 EUR of capital: 4,800 EUR.
        // As written (60 MW): AA 160 × 10 × 2 = 3,200, BB 40 × 50 × 2 = 4,000: 7,200 EUR; the gap is 2,400 EUR.
        let run = try RegionalInvestmentRun(case: expandable(costEURPerMWYear: 87_600), method: .simplex)
        let result = run.result
        #expect(close(result.objectiveEUR, 4_800))
        #expect(close(result.links[0].addedMW, 40) && close(result.links[0].capitalCostEUR, 800))
        #expect(close(run.optimum.result.links[0].forwardMW, [100, 100]))
        #expect(close(run.plan.result.links[0].forwardMW, [60, 60]))
        #expect(close(result.costs.capitalEUR, 800) && close(result.costs.operatingEUR, 4_000) && close(result.costs.totalEUR, 4_800))
        #expect(close(result.planCosts.capitalEUR, 0) && close(result.planCosts.operatingEUR, 7_200))
        #expect(close(result.gapEUR, 2_400))
        // Each region's own costs: AA 4,000 and BB 0 at least cost; 3,200 and 4,000 as written.
        #expect(close(result.regions[0].investment.costs.operatingEUR, 4_000) && close(result.regions[1].investment.costs.operatingEUR, 0))
        #expect(close(result.regions[0].investment.planPortfolio.costs.operatingEUR, 3_200))
        #expect(close(result.regions[1].investment.planPortfolio.costs.operatingEUR, 4_000))
    }

    @Test("A link too dear to extend: nothing added, the least cost is the case as written")
    func tooDear() throws {
        // 438,000 EUR/MW-year is 100 EUR per MW over two hours, more than the 80 EUR a MW saves.
        let run = try RegionalInvestmentRun(case: expandable(costEURPerMWYear: 438_000), method: .simplex)
        #expect(close(run.result.objectiveEUR, 7_200))
        #expect(run.result.links[0].addedMW == 0 && run.result.links[0].capitalCostEUR == 0)
        #expect(close(run.result.gapEUR, 0))
    }

    @Test("A flow profile applies to the capacity added as to the capacity written")
    func profileScalesWithTheAddition() throws {
        // Most flow 1 in hour 1 and 0.5 in hour 2, of 60 MW + the addition a. 26,280 EUR/MW-year is 6 EUR per MW over
        // two hours. Up to a = 40 a MW saves 40 EUR in hour 1 and 0.5 × 40 = 20 in hour 2; beyond, 20 in hour 2 alone
        // until 0.5 × (60 + a) reaches BB's 100 MW at a = 140: each saving beats 6 EUR, so a = max_mw = 100.
        // Hour 1: AA 200 MW × 10 = 2,000; hour 2: flow 0.5 × 160 = 80 MW, AA 180 × 10 + BB 20 × 50 = 2,800;
        // capital 100 × 6 = 600: 5,400 EUR.
        var source = expandable(costEURPerMWYear: 26_280)
        source.links[0].profiles = FlowProfiles(maximumPerUnit: [1, 0.5])
        let run = try RegionalInvestmentRun(case: source, method: .simplex)
        #expect(close(run.result.objectiveEUR, 5_400))
        #expect(close(run.result.links[0].addedMW, 100))
        #expect(close(run.optimum.result.links[0].forwardMW, [100, 80]))
    }

    @Test("Dispatch ignores an expansion: the link keeps its capacity as written")
    func dispatchIgnoresExpansion() throws {
        let run = try RegionalRun(case: expandable(costEURPerMWYear: 1), method: .simplex)
        #expect(close(run.result.objective, 7_200))
        #expect(!run.model.program.columnNames.contains { $0.hasPrefix("expand") })
    }
}

/// Two regions of two hours, 100 MW of load each, each with 200 MW of coal at 20 EUR/MWh, joined by a lossless 500 MW
/// link; AA has a solar candidate (0 MW as written, capacity factors [1, 0], up to 1,000 MW at 131,400 EUR/MW-year,
/// which over 2 of 8,760 hours is 30 EUR per MW). A group non-hydro share of 0.25 over both at `penalty` EUR/MWh.
private func groupShare(penalty: Double) -> RegionalCase {
    let window = HourWindow(first: 1, last: 2)!
    let solar = VariableRenewable(name: "solar", kind: .solar, capacityMW: 0, capacityFactor: [1, 0])
    let candidate = InvestmentCandidate(resource: "solar", maxMW: 1000, costEURPerMWYear: 131_400, costSource: "test")
    return RegionalCase(name: "pair", regions: [
        Case(name: "a", region: "AA", window: window, loadMW: [100, 100], resources: [thermal("coal", 200, cost: 20), .renewable(solar)],
             investment: Investment(candidates: [candidate], discountRate: 0.05)),
        Case(name: "b", region: "BB", window: window, loadMW: [100, 100], resources: [thermal("coal", 200, cost: 20)]),
    ], links: [Link(from: "AA", to: "BB", forwardCapacityMW: 500)],
    targets: [GroupTarget(target: Target(id: "south", requirement: .nonHydroRenewableShare(minimum: 0.25), penaltyEURPerUnit: penalty),
                          regions: ["AA", "BB"])])
}

@Suite("Regional investment against a group target")
struct RegionalInvestmentGroupTargetTests {
    @Test("A group share counts the solar the LP builds: 100 MW of it meet the share")
    func groupShareCountsTheCandidate() throws {
        // The group needs 0.25 × 400 = 100 MWh of its own renewables: 100 MW of solar in hour 1 (AA uses 100, sends
        // 100 to BB). Each MWh costs 30 EUR of capital less 20 of coal saved, 10 EUR, against a 100 EUR/MWh penalty:
        // built. Capital 100 × 30 = 3,000, coal 300 MWh × 20 = 6,000: 9,000 EUR. (Without the candidate's capacity in
        // the row, no solar can count: 100 MWh short at 100 EUR plus 400 MWh of coal, 18,000 EUR.)
        let run = try RegionalInvestmentRun(case: groupShare(penalty: 100), method: .simplex, softTargets: true)
        #expect(close(run.result.objectiveEUR, 9_000))
        #expect(close(run.result.regions[0].investment.portfolio.first?.powerMW ?? .nan, 100))
        #expect(run.optimum.summary.groupTargets.first?.target.met == true)
        // Judged on each portfolio's dispatch: 100 / 400 = 0.25 at least cost, 0 as written (no solar).
        #expect(run.result.groupTargets.map(\.target.id) == ["south"] && run.result.groupTargets[0].regions == ["AA", "BB"])
        #expect(close(run.result.groupTargets[0].target.achieved, 0.25) && run.result.groupTargets[0].target.met)
        #expect(close(run.result.planGroupTargets[0].target.achieved, 0) && !run.result.planGroupTargets[0].target.met)
        let text = RegionalInvestmentText.render(run.result)
        #expect(text.contains("south (AA+BB), Least cost") && text.contains("south (AA+BB), Plan"))
    }

    @Test("Without --soft-targets a group target is hard; with it, its penalty is a penalty, not an operating cost")
    func groupTargetHardAndItsPenalty() throws {
        // At 5 EUR/MWh missing the 100 MWh (500 EUR) beats building the solar (10 EUR net per MWh, 1,000 EUR).
        // Hard: as above, 9,000 EUR. Soft: no solar, 400 MWh of coal (8,000 EUR) + 500 EUR of penalty = 8,500 EUR;
        // the plan (no solar either) costs the same: operating 8,000, penalty 500.
        let hard = try RegionalInvestmentRun(case: groupShare(penalty: 5), method: .simplex)
        #expect(close(hard.result.objectiveEUR, 9_000))
        #expect(close(hard.result.costs.penaltyEUR, 0) && close(hard.result.costs.operatingEUR, 6_000))
        let soft = try RegionalInvestmentRun(case: groupShare(penalty: 5), method: .simplex, softTargets: true)
        #expect(close(soft.result.objectiveEUR, 8_500))
        #expect(close(soft.result.planCosts.operatingEUR, 8_000) && close(soft.result.planCosts.penaltyEUR, 500))
        #expect(close(soft.result.costs.operatingEUR, 8_000) && close(soft.result.costs.penaltyEUR, 500))
    }
}
