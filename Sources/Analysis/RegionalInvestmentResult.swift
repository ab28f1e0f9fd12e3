import GridModel

/// `gridflex invest` on a regional case: each region's portfolio against its plan (as `invest` reports a single case),
/// each expandable link's addition, and the whole system's costs.
public struct RegionalInvestmentResult: Sendable, Codable {
    /// Case name.
    public var caseName: String
    /// Hours in the window.
    public var hours: Int
    /// Hours in the window ÷ 8,760, per unit: the share of a year's capital charged.
    public var windowShare: Double
    /// The investment LP's objective (every region's capital, operating cost and penalties, the links' additions and
    /// wheeling, over the window), EUR.
    public var objectiveEUR: Double
    /// Relative gap of the investment LP's point when GLPK's interior point stopped short of proving it optimal.
    @ExplicitNull public var optimalityGap: Double? = nil
    /// Each region, in case order, as `invest` reports a case: its candidates at the least-cost portfolio and as
    /// written, its targets judged on each portfolio's regional dispatch, its own costs (the links' are apart).
    public var regions: [RegionInvestment]
    /// Each link, in case order, with what the least-cost portfolio adds to it.
    public var links: [LinkAddition]
    /// The whole system at the least-cost portfolio: regions' capital and the links' additions, operating cost with
    /// the links' wheeling, penalties with the group targets'.
    public var costs: PortfolioCosts
    /// The whole system as written (no link added).
    public var planCosts: PortfolioCosts
    /// Each target over a group of regions judged on the least-cost portfolio's regional dispatch, in case order.
    public var groupTargets: [GroupTargetCompliance]
    /// Each target over a group of regions judged on the plan's portfolio's regional dispatch, in case order.
    public var planGroupTargets: [GroupTargetCompliance]
    /// What the reader should know about how the portfolio was read and dispatched.
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case caseName = "case", hours, windowShare = "window_share", objectiveEUR = "objective_eur", optimalityGap = "optimality_gap"
        case regions, links, costs, planCosts = "plan_costs", groupTargets = "group_targets", planGroupTargets = "plan_group_targets", notes
    }

    /// The result from each region's investment result and each link's addition; `wheelingEUR` is what the links'
    /// flows cost in each portfolio's dispatch, `groupPenaltyEUR` what the group targets' shortfalls cost in it, and
    /// `groupTargets` the group targets judged on it.
    public init(caseName: String, hours: Int, objectiveEUR: Double, regions: [RegionInvestment], links: [LinkAddition],
                wheelingEUR: (optimum: Double, plan: Double), groupPenaltyEUR: (optimum: Double, plan: Double),
                groupTargets: (optimum: [GroupTargetCompliance], plan: [GroupTargetCompliance]), notes: [String]) {
        let share = Double(hours) / Double(HourWindow.hoursPerYear)
        self.caseName = caseName
        self.hours = hours
        windowShare = share
        self.objectiveEUR = objectiveEUR
        self.regions = regions
        self.links = links
        self.notes = notes
        self.groupTargets = groupTargets.optimum
        planGroupTargets = groupTargets.plan
        func total(_ costs: [PortfolioCosts], linkCapitalEUR: Double, wheelingEUR: Double, groupPenaltyEUR: Double) -> PortfolioCosts {
            PortfolioCosts(capitalEUR: costs.reduce(linkCapitalEUR) { $0 + $1.capitalEUR },
                           operatingEUR: costs.reduce(wheelingEUR) { $0 + $1.operatingEUR },
                           penaltyEUR: costs.reduce(groupPenaltyEUR) { $0 + $1.penaltyEUR }, windowShare: share)
        }
        costs = total(regions.map(\.investment.costs), linkCapitalEUR: links.reduce(0) { $0 + $1.capitalCostEUR }, wheelingEUR: wheelingEUR.optimum,
                      groupPenaltyEUR: groupPenaltyEUR.optimum)
        planCosts = total(regions.map(\.investment.planPortfolio.costs), linkCapitalEUR: 0, wheelingEUR: wheelingEUR.plan,
                          groupPenaltyEUR: groupPenaltyEUR.plan)
    }

    /// Plan total less least-cost total, EUR over the window.
    public var gapEUR: Double { planCosts.totalEUR - costs.totalEUR }
}

/// One region of a regional investment.
public struct RegionInvestment: Sendable, Codable {
    /// Region code.
    public var region: String
    /// The region as `invest` reports a case, read from the regional dispatches.
    public var investment: InvestmentResult

    /// A region's result.
    public init(region: String, investment: InvestmentResult) {
        self.region = region
        self.investment = investment
    }
}

/// What the least-cost portfolio adds to one link.
public struct LinkAddition: Sendable, Codable, Equatable {
    /// Link name.
    public var link: String
    /// Capacity as written each way, MW.
    public var forwardCapacityMW: Double
    /// Capacity as written the other way, MW.
    public var backwardCapacityMW: Double
    /// MW added each way; 0 for a link that cannot be extended.
    public var addedMW: Double
    /// Largest addition, MW; 0 for a link that cannot be extended.
    public var maxMW: Double
    /// Corridor length, km, for an expandable link.
    @ExplicitNull public var lengthKM: Double? = nil
    /// `hvac` or `hvdc`, for an expandable link.
    @ExplicitNull public var technology: String? = nil
    /// Annualised cost of one MW added, EUR/MW-year.
    public var costEURPerMWYear: Double
    /// The addition's annualised cost × the window share, EUR.
    public var capitalCostEUR: Double
    /// Where the cost comes from.
    public var costSource: String

    enum CodingKeys: String, CodingKey {
        case link, forwardCapacityMW = "forward_capacity_mw", backwardCapacityMW = "backward_capacity_mw", addedMW = "added_mw", maxMW = "max_mw"
        case lengthKM = "length_km", technology, costEURPerMWYear = "cost_eur_per_mw_year", capitalCostEUR = "capital_cost_eur", costSource = "cost_source"
    }

    /// The addition of `addedMW` to `link` over a window of `windowShare` of a year.
    public init(link: Link, addedMW: Double, windowShare: Double) {
        self.link = link.name
        forwardCapacityMW = link.forwardCapacityMW
        backwardCapacityMW = link.backwardCapacityMW
        self.addedMW = addedMW
        maxMW = link.expansion?.maxMW ?? 0
        lengthKM = link.expansion?.lengthKM
        technology = link.expansion?.technology.rawValue
        costEURPerMWYear = link.expansion?.costEURPerMWYear ?? 0
        capitalCostEUR = addedMW * costEURPerMWYear * windowShare
        costSource = link.expansion?.costSource ?? ""
    }
}
