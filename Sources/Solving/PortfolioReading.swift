import Analysis
import DispatchBuilder
import GridModel
import LinearProgramming

/// The least-cost portfolio read from a regional investment LP's solution: each region's candidate sizes, each link's
/// addition, and the regional case at those capacities.
struct PortfolioReading: Sendable {
    /// The investment LP.
    let model: RegionalModel
    /// Each region's candidate sizes, in case order (as ``InvestmentRun`` reads a case's).
    let sizes: [[String: CandidateSize]]
    /// MW added to each link each way, in case order.
    let addedMW: [Double]
    /// The case at the portfolio: candidates at their sizes, links at their capacity plus the addition.
    let portfolioCase: RegionalCase

    /// Reads `solution`; with `readingLimits` every capacity within ``CapacityReading/tolerance`` of a limit is read as it.
    init(model: RegionalModel, solution: Solution, readingLimits: Bool) {
        self.model = model
        sizes = model.regions.indices.map {
            InvestmentRun.sizes(model.regions[$0], solution: model.regionSolution($0, of: solution), readingLimits: readingLimits)
        }
        addedMW = model.links.map { columns in
            guard let column = columns.expansion, let expansion = columns.link.expansion else { return 0 }
            return readingLimits ? CapacityReading.megawatts(solution[column], minMW: 0, maxMW: expansion.maxMW) : solution[column]
        }
        var portfolio = model.source
        portfolio.regions = zip(portfolio.regions, sizes).map { $0.withCandidateSizes($1) }
        portfolio.links = zip(portfolio.links, addedMW).map { link, added in
            var built = link
            built.forwardCapacityMW += added
            built.backwardCapacityMW += added
            built.expansion = nil
            return built
        }
        portfolioCase = portfolio
    }

    /// The portfolio dispatched (`hard`: every region's targets and adequacy row hard).
    func dispatch(method: SolveMethod, timeLimitSeconds: Double?, hard: Bool) throws -> RegionalRun {
        try RegionalRun(case: portfolioCase, method: method, timeLimitSeconds: timeLimitSeconds, investing: true, hardRequirements: hard,
                        acceptedInteriorGap: InvestmentRun.acceptedGap)
    }

    /// The requirements, as `REGION id` (a group target as `group id`), that the investment LP meets and the dispatch at
    /// the portfolio does not; `groupShortfalls` are the group targets' shortfalls in the investment LP, in case order.
    func requirementsLost(investmentLP: [DispatchResult], groupShortfalls: [Double], dispatched: RegionalRun) -> [String] {
        let regions = model.source.regions.indices.flatMap { index in
            InvestmentRun.requirementsLost(investmentLP: investmentLP[index], of: model.source.regions[index],
                                           dispatched: dispatched.result.regions[index], at: portfolioCase.regions[index])
                .map { "\(model.source.regions[index].region) \($0)" }
        }
        let groups = zip(groupShortfalls, dispatched.summary.groupTargets).compactMap { shortfall, judged in
            shortfall <= Compliance.tolerance && !judged.target.met ? "group \(judged.target.id)" : nil
        }
        return regions + groups
    }

    /// Both portfolios compared: each region as `invest` reports a case, each link's addition, the system's costs.
    func result(investmentLP: [DispatchResult], objectiveEUR: Double, optimum: RegionalRun, plan: RegionalRun, notes: [String]) -> RegionalInvestmentResult {
        let source = model.source
        let regions = source.regions.indices.map { index in
            let region = source.regions[index]
            let planSizes = (region.investment?.candidates ?? []).reduce(into: [String: CandidateSize]()) {
                $0[$1.resource] = CandidateSize.asWritten($1, in: region)
            }
            let investment = InvestmentResult(
                case: region,
                optimum: PortfolioOutcome(sizes: sizes[index], dispatchedCase: portfolioCase.regions[index], result: optimum.result.regions[index],
                                          capitalInObjective: false, investmentLP: (region, investmentLP[index])),
                plan: PortfolioOutcome(sizes: planSizes, dispatchedCase: region.withCandidateSizes(planSizes), result: plan.result.regions[index],
                                       capitalInObjective: false))
            return RegionInvestment(region: region.region, investment: investment)
        }
        let share = Double(source.regions.first?.hours ?? 0) / Double(HourWindow.hoursPerYear)
        func wheeling(_ run: RegionalRun) -> Double { run.summary.links.reduce(0) { $0 + $1.wheelingEUR } }
        return RegionalInvestmentResult(
            caseName: source.name, hours: source.regions.first?.hours ?? 0, objectiveEUR: objectiveEUR, regions: regions,
            links: zip(source.links, addedMW).map { LinkAddition(link: $0, addedMW: $1, windowShare: share) },
            wheelingEUR: (wheeling(optimum), wheeling(plan)), groupPenaltyEUR: (optimum.groupTargetPenaltyEUR, plan.groupTargetPenaltyEUR),
            groupTargets: (optimum.summary.groupTargets, plan.summary.groupTargets), notes: notes)
    }
}
