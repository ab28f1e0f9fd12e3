import Analysis
import DispatchBuilder
import GridModel
import Solving
import Testing

/// `InvestmentRun` and `InvestmentResult` on two-hour cases worked by hand.
///
/// The case: load 100 MW in both hours; coal (200 MW, 20 EUR/MWh, 1 t/MWh); a solar candidate with capacity
/// factors [1, 0], 0 MW as written, at most 1,000 MW, at 131,400 EUR/MW-year. Over the 2-hour window its capital
/// is 131,400 × 2 / 8,760 = 30 EUR per MW. One MW of solar replaces 1 MWh of coal in hour 1: it saves 20 EUR of
/// fuel and 1 t of CO2 for 30 EUR, so on its own it is not built; against a target each MWh (or t) it gives costs
/// 30 − 20 = 10 EUR.
@Suite("Investment run")
struct InvestmentRunTests {
    static let solarCost = 131_400.0

    static func twoHourCase(_ target: Target, solarMaxMW: Double = 1000) -> Case {
        let solar = VariableRenewable(name: "solar", kind: .solar, capacityMW: 0, capacityFactor: [1, 0])
        let candidate = InvestmentCandidate(resource: "solar", maxMW: solarMaxMW, costEURPerMWYear: solarCost, costSource: "assumption solar.invest")
        return Case(name: "two-hour", region: "XX", window: HourWindow(first: 1, last: 2)!, loadMW: [100, 100],
                    resources: [thermal("coal", 200, cost: 20, co2: 1), .renewable(solar)], targets: [target],
                    investment: Investment(candidates: [candidate], discountRate: 0.05), targetPenaltyEURPerUnit: 100)
    }

    /// CO2 cap 150 t: 50 MW of solar cut coal to 150 MWh. Objective = 150 × 20 + 50 × 30 = 4,500 EUR, of which
    /// capital 1,500 and operating 3,000. The cap's shadow price is 10 EUR/t (tightening by 1 t buys 1 MW more
    /// solar at a net 10 EUR), positive, per t, with no percentage-point price.
    @Test("CO2 cap: 50 MW of solar, 10 EUR/t shadow price, capital prorated to 2 h")
    func co2Cap() throws {
        let run = try InvestmentRun(case: Self.twoHourCase(Target(id: "cap", requirement: .co2Cap(maxTonnes: 150))), method: .simplex)
        let result = run.result
        #expect(close(result.windowShare, 2.0 / 8760) && result.prorated)
        #expect(close(result.objectiveEUR, 4500))
        let solar = try #require(result.portfolio.first)
        #expect(close(solar.powerMW, 50) && solar.atLimit == nil && solar.energyMWh == nil)
        #expect(close(solar.capitalCostEUR, 1500))
        #expect(close(result.costs.capitalEUR, 1500) && close(result.costs.operatingEUR, 3000) && close(result.costs.penaltyEUR, 0))
        // 4,500 EUR over 2 of 8,760 hours: 4,500 × 4,380 = 19,710,000 EUR per year.
        #expect(close(result.costs.annualTotalEUR, 19_710_000))
        let cap = try #require(result.targets.first)
        #expect(cap.unit == "t" && cap.met && close(cap.achieved, 150))
        #expect(close(cap.shadowPriceEURPerUnit ?? .nan, 10) && cap.shadowPriceEURPerPercentagePoint == nil)
    }

    /// The plan (the case as written, 0 MW of solar) burns 200 t: 50 t over the cap at 100 EUR/t = 5,000 EUR of
    /// penalty, 4,000 EUR of fuel, no capital: 9,000 EUR. Gap = 9,000 − 4,500 = 4,500 = capital (0 − 1,500) +
    /// operating (4,000 − 3,000) + penalties (5,000 − 0).
    @Test("The gap splits into capital by candidate, operating and penalties, and sums to the total")
    func gapSplit() throws {
        let result = try InvestmentRun(case: Self.twoHourCase(Target(id: "cap", requirement: .co2Cap(maxTonnes: 150))), method: .simplex).result
        let plan = result.planPortfolio
        #expect(close(plan.capacities.first?.powerMW ?? .nan, 0) && close(plan.costs.capitalEUR, 0))
        #expect(close(plan.costs.operatingEUR, 4000) && close(plan.costs.penaltyEUR, 5000) && close(plan.costs.totalEUR, 9000))
        #expect(plan.targets.first?.met == false)
        #expect(close(result.gap.totalEUR, 4500))
        let items = Dictionary(uniqueKeysWithValues: result.gap.items.map { ($0.what, $0.eur) })
        #expect(close(items["capital solar"] ?? .nan, -1500) && close(items["operating"] ?? .nan, 1000) && close(items["penalties"] ?? .nan, 5000))
        #expect(close(result.gap.items.reduce(0) { $0 + $1.eur }, result.gap.totalEUR))
    }

    /// Non-hydro renewable share ≥ 25 % of 200 MWh = 50 MWh: again 50 MW of solar. One more MWh costs 10 EUR, so
    /// one more percentage point (2 MWh) costs 20 EUR and one more unit of share (200 MWh) 2,000 EUR.
    @Test("Share target: shadow price 20 EUR per percentage point, 2,000 EUR per unit")
    func sharePrice() throws {
        let result = try InvestmentRun(case: Self.twoHourCase(Target(id: "share", requirement: .nonHydroRenewableShare(minimum: 0.25))),
                                       method: .simplex).result
        #expect(close(result.portfolio.first?.powerMW ?? .nan, 50))
        let share = try #require(result.targets.first)
        #expect(share.unit == "per unit" && share.met && close(share.achieved, 0.25))
        #expect(close(share.shadowPriceEURPerPercentagePoint ?? .nan, 20) && close(share.shadowPriceEURPerUnit ?? .nan, 2000))
    }

    /// A share of 75 % needs 150 MWh of solar, but solar gives at most 100 MWh (hour 1 only; no load to absorb
    /// more): no portfolio meets it, and the run names the target instead of returning a portfolio. (A CO2 cap is
    /// never unreachable this way: the LP may leave load unserved at the value of lost load.)
    @Test("A target no portfolio within the limits meets is named")
    func unreachable() throws {
        let source = Self.twoHourCase(Target(id: "share", requirement: .nonHydroRenewableShare(minimum: 0.75)))
        #expect {
            try InvestmentRun(case: source, method: .simplex)
        } throws: { error in
            guard case let .unreachable(targets)? = error as? InvestmentFailure else { return false }
            // At best 100 of the 150 MWh required: 50 MWh short.
            return targets.map(\.id) == ["share"] && close(targets[0].shortfall, 50)
        }
        // With --soft-targets the share is missed at its penalty: 100 MW of solar (each MWh costs a net 10 EUR, less
        // than the 100 EUR penalty), 50 MWh short × 100 EUR = 5,000 EUR.
        let soft = try InvestmentRun(case: source, method: .simplex, softTargets: true).result
        #expect(close(soft.portfolio.first?.powerMW ?? .nan, 100) && close(soft.costs.penaltyEUR, 5000))
    }

    /// The adequacy case below: coal 100 MW, a DR candidate of up to `maxDR` MW, 120 MW firm required.
    static func adequacyCase(maxDR: Double) -> Case {
        let dr = CurtailableLoad(name: "dr", capacityMW: 0, costEURPerMWh: 500)
        let candidate = InvestmentCandidate(resource: "dr", maxMW: maxDR, costEURPerMWYear: 26_280_000, costSource: "assumption dr.invest")
        var source = Case(name: "adequacy", region: "XX", window: HourWindow(first: 1, last: 2)!, loadMW: [100, 100],
                          resources: [thermal("coal", 100, cost: 20), .curtailableLoad(dr)],
                          investment: Investment(candidates: [candidate], discountRate: 0.05))
        source.adequacy = Adequacy(margin: 0.2, forcedOutageRates: [.coal: 0], storageHours: 1)
        return source
    }

    /// Adequacy with margin 0.2 over load 100 MW: 120 MW firm required in each hour; coal (100 MW, no forced
    /// outage) gives 100, so 20 MW are short. A DR candidate counts by its reserve (≤ its capacity) at
    /// 26,280,000 EUR/MW-year = 6,000 EUR per MW over the 2 hours; the shortfall costs 1,000 EUR per MW-hour.
    /// Soft (the penalty kept): 20 MW × 2 h × 1,000 = 40,000 EUR of penalty is cheaper than 20 MW × 6,000 =
    /// 120,000 EUR of DR, so none is built: objective 40,000 + coal 200 MWh × 20 = 44,000 EUR. Hard (the default):
    /// 20 MW of DR, objective 120,000 + 4,000 = 124,000 EUR, the row met. With DR limited to 10 MW no portfolio
    /// meets it: 10 MW short in both hours, 20 MWh, named `adequacy`.
    @Test("The adequacy row is hard by default: built for, paid for with --soft-targets, named when out of reach")
    func hardAdequacy() throws {
        let soft = try InvestmentRun(case: Self.adequacyCase(maxDR: 100), method: .simplex, softTargets: true).result
        #expect(close(soft.objectiveEUR, 44_000) && close(soft.portfolio.first?.powerMW ?? .nan, 0))
        #expect(soft.adequacy?.met == false && close(soft.adequacy?.shortfallMWh ?? .nan, 40))
        let hard = try InvestmentRun(case: Self.adequacyCase(maxDR: 100), method: .simplex).result
        #expect(close(hard.objectiveEUR, 124_000) && close(hard.portfolio.first?.powerMW ?? .nan, 20))
        #expect(hard.adequacy?.met == true && close(hard.adequacy?.shortfallMWh ?? .nan, 0))
        #expect {
            try InvestmentRun(case: Self.adequacyCase(maxDR: 10), method: .simplex)
        } throws: { error in
            guard case let .unreachable(targets)? = error as? InvestmentFailure else { return false }
            return targets.map(\.id) == ["adequacy"] && close(targets[0].shortfall, 20) && targets[0].unit == "MWh"
        }
    }

    /// The portfolio reported is the one dispatched. Load 1,000 MW in hour 1 and 100 MW in hour 2, the solar
    /// candidate up to 1,000 MW, CO2 cap 100.5 t: the LP builds 999.5 MW (hour 1: 0.5 MWh of coal; hour 2: 100),
    /// objective 999.5 × 30 + 100.5 × 20 = 31,995 EUR. 999.5 MW is within 0.1 % of the range (1 MW) of the limit, so
    /// it is read as 1,000 MW; dispatched at 1,000 MW, coal burns 100 t (the cap met, with 0.5 t to spare), capital
    /// 1,000 × 30 = 30,000 and operating 100 × 20 = 2,000: 32,000 EUR. The cap's shadow price stays the LP's 10 EUR/t
    /// (at fixed capacity the cap is slack and its dual 0).
    @Test("Targets and costs come from a dispatch of the portfolio as read; objective and shadow prices from the LP")
    func readPortfolioDispatched() throws {
        var source = Self.twoHourCase(Target(id: "cap", requirement: .co2Cap(maxTonnes: 100.5)))
        source.loadMW = [1000, 100]
        source.resources[0] = thermal("coal", 2000, cost: 20, co2: 1)
        let run = try InvestmentRun(case: source, method: .simplex)
        let result = run.result
        #expect(close(run.dispatch.investedMW["solar"] ?? .nan, 999.5))
        #expect(close(result.objectiveEUR, 31_995) && close(result.portfolio.first?.powerMW ?? .nan, 1000))
        #expect(result.portfolio.first?.atLimit == "max")
        #expect(close(result.costs.capitalEUR, 30_000) && close(result.costs.operatingEUR, 2_000) && close(result.costs.totalEUR, 32_000))
        let cap = try #require(result.targets.first)
        #expect(cap.met && close(cap.achieved, 100) && close(cap.shadowPriceEURPerUnit ?? .nan, 10))
    }

    /// A retrofit stays in the dispatch of the portfolio: the hand case of the retrofit test in InvestmentTests (four
    /// hours, coal 100 MW with minimum stable load 0.5, wind 0/80/80/0 MW) at 12 EUR/MW retrofits all 100 MW, and the
    /// portfolio dispatched with them makes coal 20 MW in hours 2–3: operating 2 × 100 × 30 + 2 × 20 × 30 = 7,200 EUR,
    /// capital 1,200, total 8,400 as the LP. Without the retrofit the dispatch would make 50 MW (9,000 EUR of coal).
    @Test("A retrofit of the least-cost portfolio lowers the floor in its dispatch too")
    func retrofitDispatched() throws {
        let coal = thermal("coal", 100, cost: 30, minLoad: 0.5)
        let candidate = InvestmentCandidate(resource: "coal", decision: .retrofit(minStableLoad: 0.2), maxMW: 100,
                                            costEURPerMWYear: 12 * 8760 / 4, costSource: "test")
        let source = Case(name: "retrofit", region: "XX", window: HourWindow(first: 1, last: 4)!, loadMW: [100, 100, 100, 100],
                          resources: [coal, wind(100, cf: [0, 0.8, 0.8, 0])], investment: Investment(candidates: [candidate], discountRate: 0.05))
        let result = try InvestmentRun(case: source, method: .simplex).result
        #expect(close(result.portfolio.first?.powerMW ?? .nan, 100))
        #expect(close(result.costs.operatingEUR, 7_200) && close(result.costs.capitalEUR, 1_200) && close(result.costs.totalEUR, 8_400))
        #expect(close(result.objectiveEUR, 8_400))
    }

    /// The adequacy case with DR allowed up to 100,000 MW: the LP builds 20 MW (objective 124,000 EUR), which is
    /// within 0.1 % of the range (100 MW) of 0. Read as 0, the dispatch would leave 20 MW short in both hours; so the
    /// portfolio is reported and dispatched as the LP left it, 20 MW, and the row is met.
    @Test("A capacity read at its limit that loses the adequacy row is kept as the LP left it, and the note says so")
    func readingThatLosesAdequacy() throws {
        let run = try InvestmentRun(case: Self.adequacyCase(maxDR: 100_000), method: .simplex)
        #expect(close(run.result.objectiveEUR, 124_000) && close(run.result.portfolio.first?.powerMW ?? .nan, 20))
        #expect(run.result.adequacy?.met == true && close(run.result.costs.totalEUR, 124_000))
        #expect(run.solver.notes.contains { $0.contains("dr 20.000 → 0 MW") && $0.contains("misses adequacy") })
    }

    /// The share case (≥ 25 %: 50 MW of solar, 4,500 EUR) with solar allowed up to 100,000 MW: 50 MW is within 0.1 %
    /// of the range (100 MW) of 0. Read as 0, the dispatch would miss the share; the LP's own point meets it, so the
    /// portfolio is reported and dispatched at 50 MW: the share met, capital 1,500 + coal 150 × 20 = 4,500 EUR.
    @Test("A wind or solar capacity read at its limit that loses a share target is kept as the LP left it")
    func readingThatLosesAShare() throws {
        let source = Self.twoHourCase(Target(id: "share", requirement: .nonHydroRenewableShare(minimum: 0.25)), solarMaxMW: 100_000)
        let run = try InvestmentRun(case: source, method: .simplex)
        #expect(close(run.result.portfolio.first?.powerMW ?? .nan, 50) && run.result.targets.first?.met == true)
        #expect(close(run.result.costs.totalEUR, 4_500) && close(run.result.costs.penaltyEUR, 0))
        #expect(run.solver.notes.contains { $0.contains("solar 50.000 → 0 MW") && $0.contains("misses share") })
    }

    /// Coal (20 EUR/MWh, 1 t/MWh), gas (40 EUR/MWh, 0.4 t/MWh), the solar candidate, a CO2 cap of 90 t at a
    /// penalty of 20 EUR/t. The LP builds 100 MW of solar (10 EUR/t net, hour 1's whole load) and burns 16.67 MWh
    /// of gas for coal in hour 2 (20 EUR more per MWh for 0.6 t less: 33.3 EUR/t): 3,000 + 83.33 × 20 + 16.67 × 40 =
    /// 5,333.33 EUR. Dispatched at 100 MW with the cap soft, paying 10 t × 20 EUR = 200 EUR beats 333.33 EUR of gas,
    /// and the cap would be missed; the cap is hard in the LP, so the portfolio is dispatched with it hard: met, no
    /// penalty, total 5,333.33 EUR.
    @Test("A dispatch that would pay a penalty rather than meet a target the LP held hard is dispatched with it hard")
    func penaltyCheaperThanTarget() throws {
        var source = Self.twoHourCase(Target(id: "cap", requirement: .co2Cap(maxTonnes: 90)))
        source.resources.append(.thermal(ThermalPlant(name: "gas", technology: .gasCCGT, capacityMW: 200, marginalCostEURPerMWh: 40,
                                                      co2TonnesPerMWh: 0.4)))
        source.targetPenaltyEURPerUnit = 20
        let run = try InvestmentRun(case: source, method: .simplex)
        #expect(close(run.result.objectiveEUR, 16_000.0 / 3) && close(run.result.portfolio.first?.powerMW ?? .nan, 100))
        let cap = try #require(run.result.targets.first)
        #expect(cap.met && close(cap.achieved, 90) && close(cap.shadowPriceEURPerUnit ?? .nan, 100.0 / 3))
        #expect(close(run.result.costs.totalEUR, 16_000.0 / 3) && close(run.result.costs.penaltyEUR, 0))
        #expect(run.solver.notes.contains { $0.contains("penalty of cap is cheaper") })
    }
}
