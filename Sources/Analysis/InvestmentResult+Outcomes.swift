import DispatchBuilder
import GridModel

extension InvestmentResult {
    /// The result of an investment run: `optimum` is the least-cost portfolio (dispatched, with the investment LP it
    /// was read from), `plan` the case as written dispatched; `source` is the case with its candidates.
    public init(case source: Case, optimum: PortfolioOutcome, plan: PortfolioOutcome) {
        let share = Double(source.hours) / 8760
        let candidates = source.investment?.candidates ?? []
        let portfolio = candidates.map { Self.capacity($0, size: optimum.sizes[$0.resource], windowShare: share) }
        let planCapacities = candidates.map { Self.capacity($0, size: plan.sizes[$0.resource], windowShare: share) }
        let costs = Self.costs(optimum, capital: portfolio, windowShare: share)
        let planCosts = Self.costs(plan, capital: planCapacities, windowShare: share)
        var items = zip(portfolio, planCapacities).compactMap { optimal, planned -> CostGap.Item? in
            let difference = planned.capitalCostEUR - optimal.capitalCostEUR
            return difference == 0 ? nil : CostGap.Item(what: "capital \(optimal.resource)", eur: difference)
        }
        items.append(CostGap.Item(what: "operating", eur: planCosts.operatingEUR - costs.operatingEUR))
        items.append(CostGap.Item(what: "penalties", eur: planCosts.penaltyEUR - costs.penaltyEUR))
        self.init(caseName: source.name, hours: source.hours, windowShare: share, prorated: source.hours < 8760,
                  discountRate: source.investment?.discountRate ?? 0.05, objectiveEUR: optimum.pricing.result.objective, portfolio: portfolio,
                  planPortfolio: PlanPortfolio(capacities: planCapacities, costs: planCosts, targets: Self.targets(of: plan)),
                  targets: Self.targets(of: optimum), adequacy: Self.adequacy(of: optimum, windowShare: share), costs: costs,
                  gap: CostGap(totalEUR: planCosts.totalEUR - costs.totalEUR, items: items))
    }

    /// A candidate at `size` (0 when absent), its capital prorated by `windowShare`.
    static func capacity(_ candidate: InvestmentCandidate, size: CandidateSize?, windowShare: Double) -> CandidateCapacity {
        let power = size?.powerMW ?? 0
        var capital = power * candidate.costEURPerMWYear
        if let energy = candidate.energy { capital += (size?.energyMWh ?? 0) * energy.costEURPerMWhYear }
        let tolerance = 1e-5 * max(1, candidate.maxMW)
        let limit: String? = abs(power - candidate.maxMW) <= tolerance ? "max" : abs(power - candidate.minMW) <= tolerance ? "min" : nil
        let decision: String
        switch candidate.decision {
        case .capacity: decision = "capacity"
        case .retrofit: decision = "retrofit"
        }
        let energy = size?.energyMWh
        return CandidateCapacity(resource: candidate.resource, decision: decision, powerMW: power, energyMWh: energy,
                                 durationHours: energy.flatMap { power > 0 ? $0 / power : nil }, minMW: candidate.minMW,
                                 maxMW: candidate.maxMW, atLimit: limit, capitalCostEUR: capital * windowShare, costSource: candidate.costSource)
    }

    /// Capital from the candidates; penalties read from the dispatch as `gridflex solve` reads them; operating the
    /// rest of the objective.
    static func costs(_ outcome: PortfolioOutcome, capital: [CandidateCapacity], windowShare: Double) -> PortfolioCosts {
        let penalty = Summarize.penaltyEUR(of: outcome.dispatchedCase, result: outcome.result)
        let capitalEUR = capital.reduce(0) { $0 + $1.capitalCostEUR }
        return PortfolioCosts(capitalEUR: capitalEUR, operatingEUR: outcome.result.objective - (outcome.capitalInObjective ? capitalEUR : 0) - penalty,
                              penaltyEUR: penalty, windowShare: windowShare)
    }

    /// Each target's compliance (see ``Compliance``) in the outcome's dispatch, with its shadow price from the
    /// outcome's pricing solution (read against that solution's own case) per unit of the target and, for shares and utilisation, per percentage point
    /// (Compliance's own price, × 100 per unit).
    static func targets(of outcome: PortfolioOutcome) -> [TargetPrice] {
        let prices = Compliance.evaluate(case: outcome.pricing.source, result: outcome.pricing.result)
        return Compliance.evaluate(case: outcome.dispatchedCase, result: outcome.result).map { target in
            let isShare = target.kind != "co2_cap"
            let shadowPrice = prices.first { $0.id == target.id }?.shadowPrice
            let perPoint = isShare ? shadowPrice : nil
            return TargetPrice(id: target.id, unit: isShare ? "per unit" : "t", required: target.required, achieved: target.achieved,
                               met: target.met, shadowPriceEURPerUnit: isShare ? perPoint.map { $0 * 100 } : shadowPrice,
                               shadowPriceEURPerPercentagePoint: perPoint)
        }
    }

    /// The adequacy row: shortfall as `gridflex solve` counts it in the outcome's dispatch, and Σ hourly duals of its
    /// pricing solution annualised.
    static func adequacy(of outcome: PortfolioOutcome, windowShare: Double) -> AdequacyPrice? {
        guard let summary = AdequacySummary(case: outcome.dispatchedCase, result: outcome.result), let rows = outcome.pricing.result.adequacy else { return nil }
        let perMW = rows.dualEURPerMW.reduce(0, +)
        return AdequacyPrice(met: summary.hoursShort == 0, shortfallMWh: summary.shortfallMWh,
                             shadowPriceEURPerMWYear: windowShare > 0 ? perMW / windowShare : 0)
    }
}
